import { createCanvas } from '@napi-rs/canvas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

const ctx = createCanvas(10, 10).getContext('2d');
ctx.font = '12px sans-serif';
const measure = (text: string) => ctx.measureText(text).width;
// A monospace measure: 10 units per UTF-16 unit.
const mono = (s: string) => s.length * 10;
const graphemes = (s: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s));

describe('wrapText', () => {
  it('wraps on spaces within the width and keeps short text whole', () => {
    expect(wrapText('Délai de livraison trop long', 100, 5, mono)).toEqual(['Délai de', 'livraison', 'trop long']);
    expect(wrapText('Avis clients', 200, 3, measure)).toEqual(['Avis clients']);
  });

  it('keeps explicit line breaks, and marks the cut only when later paragraphs do not fit', () => {
    expect(wrapText('Première\nseconde', 200, 4, mono)).toEqual(['Première', 'seconde']);
    expect(wrapText('un\ndeux\ntrois', 100, 2, mono)).toEqual(['un', 'deux…']);
    expect(wrapText('un\ndeux\n', 100, 2, mono)).toEqual(['un', 'deux']);
  });

  it('wraps at spaces, every line fits, and the last line ends with an ellipsis when text is left', () => {
    const text =
      'Les frais de livraison n’apparaissent qu’au moment du paiement, ce qui surprend le client et le fait hésiter';
    const lines = wrapText(text, 120, 3, measure);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.join(' ').replace('…', '')).toBe(text.slice(0, lines.join(' ').replace('…', '').length));
  });

  it('breaks a word longer than a line, and adds no ellipsis when the text fits exactly', () => {
    const lines = wrapText('anticonstitutionnellement', 100, 5, mono);
    expect(lines.join('')).toBe('anticonstitutionnellement');
    expect(lines.every((l) => mono(l) <= 100)).toBe(true);
    expect(wrapText('aaa bbb', 30, 2, mono)).toEqual(['aaa', 'bbb']);
  });

  it('never splits an emoji, a flag or a family emoji, in a cut or before the ellipsis', () => {
    // The canvas's own copy cut by UTF-16 unit: a long run of emoji ended in half an emoji.
    for (const emoji of ['😀', '🇫🇷', '👨‍👩‍👧‍👦', 'é']) {
      for (const lines of [wrapText(emoji.repeat(40), 55, 2, mono), wrapText(emoji.repeat(40), 60, 2, measure)]) {
        expect(lines).toHaveLength(2);
        for (const line of lines) {
          expect(graphemes(line.replace('…', '')).every((g) => g.segment === emoji)).toBe(true);
        }
        expect(lines[1]!.endsWith('…')).toBe(true);
      }
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
          unit: fc.oneof(
            fc.constantFrom(' ', '\n', 'a', 'é', '😀', '👨‍👩‍👧', 'W'),
            fc.string({ unit: 'grapheme', maxLength: 1 }),
          ),
        }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 4 }),
        (text, maxWidth, maxLines) => {
          calls = 0;
          const lines = wrapText(text, maxWidth, maxLines, fake);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) {
            expect(loneSurrogate.test(line)).toBe(false);
            const body = line.endsWith('…') ? line.slice(0, -1) : line;
            if (graphemes(body).length > 1) expect(fake(line)).toBeLessThanOrEqual(maxWidth);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives nothing for empty text or no room', () => {
    expect(wrapText('', 100, 3, measure)).toEqual([]);
    expect(wrapText('texte', 0, 3, measure)).toEqual([]);
  });
});
