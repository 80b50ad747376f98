import { describe, expect, it } from 'vitest';
import type { CardJson, JourneyJson } from '../schema';
import { cardEmotion, phaseEmotions } from './emotion';

const card = (id: string, phaseId: string | null, extra: Partial<CardJson>): CardJson => ({
  id,
  kind: 'touchpoint',
  phaseId,
  channelId: phaseId && 'web',
  text: '',
  ...extra,
});

describe('emotions of the exported curve', () => {
  it("takes the participants' mean over the facilitator's value", () => {
    expect(cardEmotion(card('a', 'p', { emotion: 2, ratings: { x: -2, y: 1 } }))).toBe(-0.5);
    expect(cardEmotion(card('a', 'p', { emotion: 2 }))).toBe(2);
    expect(cardEmotion(card('a', 'p', {}))).toBeNull();
  });

  it('averages the touchpoints of each phase that have an emotion, and skips the others', () => {
    const journey: JourneyJson = {
      id: 'j',
      title: '',
      phases: [
        { id: 'p1', name: '' },
        { id: 'p2', name: '' },
        { id: 'p3', name: '' },
      ],
      channels: [{ id: 'web', name: '' }],
      cards: [
        card('a', 'p1', { emotion: 2 }),
        card('b', 'p1', { ratings: { x: -1 } }),
        card('c', 'p1', {}),
        card('d', 'p2', { kind: 'irritant', emotion: -2 }),
        card('e', null, { emotion: -2 }),
        card('f', 'p3', { emotion: -2 }),
      ],
      actions: [],
    };
    expect(phaseEmotions(journey)).toEqual([0.5, null, -2]);
  });
});
