import { MAX_CARDS_PER_INSERT, toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { parseClipboard, toClipboardText } from './clipboard';
import { createSampleBoard } from './dev/sampleBoard';

describe('clipboard', () => {
  const { doc } = createSampleBoard(20);
  const cards = Object.values(toSnapshot(doc).cards).slice(0, 5);

  it('round-trips copied cards with their content and without their place', () => {
    const parsed = parseClipboard(toClipboardText(cards));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.cards.map((c) => [c.kind, c.text, c.keyMoment ?? false, c.severity ?? null])).toEqual(
      cards.map((c) => [c.kind, c.text, c.keyMoment, c.severity ?? null]),
    );
    expect(parsed.cards.every((c) => c.cell === undefined)).toBe(true);
  });

  it('refuses anything that is not a list of valid cards, as a whole', () => {
    for (const text of ['', 'hello', '{}', '[]', '[1]', '[{"kind":"sticker"}]', '[{"kind":"note","severity":9}]']) {
      expect(parseClipboard(text)).toEqual({ ok: false, reason: 'invalid' });
    }
    const mixed = JSON.stringify([
      { kind: 'note', text: 'ok' },
      { kind: 'note', text: 42 },
    ]);
    expect(parseClipboard(mixed).ok).toBe(false);
  });

  it('refuses a paste above the insert limit with the count', () => {
    const many = JSON.stringify(Array.from({ length: MAX_CARDS_PER_INSERT + 1 }, () => ({ kind: 'note', text: 'x' })));
    expect(parseClipboard(many)).toEqual({ ok: false, reason: 'tooMany', count: MAX_CARDS_PER_INSERT + 1 });
  });
});
