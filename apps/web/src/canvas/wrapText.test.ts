import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

// A monospace measure: 10 units per character.
const measure = (s: string) => s.length * 10;

describe('wrapText', () => {
  it('wraps on spaces within the width and keeps short text whole', () => {
    expect(wrapText('Délai de livraison trop long', 100, 5, measure)).toEqual(['Délai de', 'livraison', 'trop long']);
    expect(wrapText('Court', 100, 3, measure)).toEqual(['Court']);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapText('Première\nseconde', 200, 4, measure)).toEqual(['Première', 'seconde']);
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit', 100, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(100);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('anticonstitutionnellement', 100, 5, measure);
    expect(lines.join('')).toBe('anticonstitutionnellement');
    expect(lines.every((l) => measure(l) <= 100)).toBe(true);
  });

  it('does not add an ellipsis when the text fits exactly', () => {
    expect(wrapText('aaa bbb', 30, 2, measure)).toEqual(['aaa', 'bbb']);
  });
});

describe('wrapText with paragraphs', () => {
  it('marks the cut when later paragraphs do not fit', () => {
    expect(wrapText('un\ndeux\ntrois', 100, 2, measure)).toEqual(['un', 'deux…']);
    expect(wrapText('un\ndeux\n', 100, 2, measure)).toEqual(['un', 'deux']);
  });
});
