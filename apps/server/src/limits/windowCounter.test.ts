import { describe, expect, it } from 'vitest';
import { WindowCounter } from './windowCounter';

describe('WindowCounter', () => {
  it('blocks a key after max events until its window ends, and says when', () => {
    let now = 1_000;
    const counter = new WindowCounter({ max: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) {
      expect(counter.blocked('198.51.100.1')).toBe(false);
      counter.record('198.51.100.1');
    }
    expect(counter.blocked('198.51.100.1')).toBe(true);
    expect(counter.blocked('198.51.100.2')).toBe(false);
    now += 15_000;
    expect(counter.retryAfterMs('198.51.100.1')).toBe(45_000);
    now += 45_000;
    expect(counter.blocked('198.51.100.1')).toBe(false);
    expect(counter.retryAfterMs('198.51.100.1')).toBe(0);
  });

  it('tracks at most maxTracked keys under a spray of addresses', () => {
    const counter = new WindowCounter({ max: 1, windowMs: 60_000, maxTracked: 100 });
    for (let i = 0; i < 1_000; i++) counter.record(`10.0.${i >> 8}.${i & 255}`);
    expect(counter.tracked).toBeLessThanOrEqual(100);
  });
});
