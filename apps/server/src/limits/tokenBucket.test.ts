import { describe, expect, it } from 'vitest';
import { TokenBucket } from './tokenBucket';

describe('TokenBucket', () => {
  it('lets a burst through, then says how long to wait to pay back the debt', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 500, () => now);
    expect(bucket.charge(500)).toBe(0);
    expect(bucket.charge(50)).toBe(500); // 50 tokens of debt at 100/s
    now += 500;
    expect(bucket.charge(0)).toBe(0);
    now += 60_000;
    expect(bucket.charge(500)).toBe(0); // refilled to its capacity, not beyond
    expect(bucket.charge(1)).toBe(10);
  });

  it('take() drops rather than delays', () => {
    let now = 0;
    const bucket = new TokenBucket(2, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
    now += 500;
    expect(bucket.take()).toBe(true);
  });
});
