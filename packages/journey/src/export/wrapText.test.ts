import { createCanvas } from '@napi-rs/canvas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

const ctx = createCanvas(10, 10).getContext('2d');
ctx.font = '12px sans-serif';
const measure = (text: string) => ctx.measureText(text).width;
const charWidth = measure('abcdefghijklmnopqrstuvwxyz') / 26;

describe('wrapText', () => {
  it('never splits an emoji where it trims a long text before wrapping (found by the property below)', () => {
    const lines = wrapText(measure, '  𐀀', 1, 1, 1);
    expect(lines.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

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

  it('ends and keeps every line within bounds for any text, width and font (property)', () => {
    // A fake font where characters have different widths, so cuts land anywhere, spaces included.
    // It counts its calls so that a wrap stuck in a loop fails the test instead of hanging the run.
    let calls = 0;
    const fake = (text: string) => {
      if (++calls > 10_000) throw new Error('wrapText does not end');
      return [...text].reduce((w, ch) => w + ((ch.codePointAt(0)! % 7) + 1), 0);
    };
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom(' ', 'a', 'é', '😀', 'W'), fc.string({ unit: 'grapheme', maxLength: 1 })),
        }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        (text, maxWidth, maxLines, charWidth) => {
          calls = 0;
          const lines = wrapText(fake, text, maxWidth, maxLines, charWidth);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) {
            expect(loneSurrogate.test(line)).toBe(false);
            const body = line.endsWith('…') ? line.slice(0, -1) : line;
            if ([...body].length > 1) expect(fake(line)).toBeLessThanOrEqual(maxWidth);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives nothing for empty text or no room', () => {
    expect(wrapText(measure, '', 100, 3, charWidth)).toEqual([]);
    expect(wrapText(measure, 'texte', 0, 3, charWidth)).toEqual([]);
  });
});
