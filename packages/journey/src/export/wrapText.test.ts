import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

const ctx = createCanvas(10, 10).getContext('2d');
ctx.font = '12px sans-serif';
const measure = (text: string) => ctx.measureText(text).width;
const charWidth = measure('abcdefghijklmnopqrstuvwxyz') / 26;

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText(measure, 'Avis clients', 200, 3, charWidth)).toEqual(['Avis clients']);
  });

  it('wraps at spaces, every line fits, and the last line ends with an ellipsis when text is left', () => {
    const text =
      'Les frais de livraison n’apparaissent qu’au moment du paiement, ce qui surprend le client et le fait hésiter';
    const lines = wrapText(measure, text, 120, 3, charWidth);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.join(' ').replace('…', '')).toBe(text.slice(0, lines.join(' ').replace('…', '').length));
  });

  it('cuts a word longer than the line and never splits an emoji', () => {
    const lines = wrapText(measure, '😀'.repeat(40), 60, 2, charWidth);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(60);
      expect(line.replace('…', '')).toMatch(/^(😀)+$/u);
    }
  });

  it('gives nothing for empty text or no room', () => {
    expect(wrapText(measure, '', 100, 3, charWidth)).toEqual([]);
    expect(wrapText(measure, 'texte', 0, 3, charWidth)).toEqual([]);
  });
});
