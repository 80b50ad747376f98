import { toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { bitmapRatio, CardBitmapCache } from './cardBitmap';
import { createSampleBoard } from './dev/sampleBoard';

describe('CardBitmapCache', () => {
  const cards = Object.values(toSnapshot(createSampleBoard(5).doc).cards);
  const bitmap = (name: string) => ({ name }) as unknown as HTMLCanvasElement;

  it('keeps bitmaps per card object and ratio, and forgets the least recently used past capacity', () => {
    const cache = new CardBitmapCache(3);
    cache.set(cards[0]!, 1, bitmap('a1'));
    cache.set(cards[0]!, 2, bitmap('a2'));
    cache.set(cards[1]!, 1, bitmap('b1'));
    cache.set(cards[2]!, 1, bitmap('c1'));
    expect(cache.get(cards[0]!, 2)).toEqual({ name: 'a2' });
    // cards[0] was just used, so cards[1] is the oldest and goes.
    cache.set(cards[3]!, 1, bitmap('d1'));
    expect(cache.size).toBe(3);
    expect(cache.get(cards[1]!, 1)).toBeUndefined();
    expect(cache.get(cards[0]!, 1)).toEqual({ name: 'a1' });
    expect(cache.any(cards[2]!)).toEqual({ name: 'c1' });
  });

  it('treats an edited card (a new object) as a new entry', () => {
    const cache = new CardBitmapCache(10);
    cache.set(cards[0]!, 1, bitmap('old'));
    expect(cache.get({ ...cards[0]!, text: 'changed' }, 1)).toBeUndefined();
  });

  it('buckets resolutions', () => {
    expect([0.2, 0.5, 0.8, 1, 1.5, 2.5].map(bitmapRatio)).toEqual([0.5, 0.5, 1, 1, 2, 3]);
  });
});
