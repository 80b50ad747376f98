import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrder, orderBefore, orderBetween, ordersBetween } from './order';

describe('fractional order', () => {
  it('finds a key strictly between any two distinct keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<'before' | 'after' | 'between'>('before', 'after', 'between'), { maxLength: 60 }),
        (steps) => {
          const keys = [orderBetween(null, null)];
          for (const step of steps) {
            keys.sort();
            const k =
              step === 'before'
                ? orderBetween(null, keys[0]!)
                : step === 'after'
                  ? orderBetween(keys.at(-1)!, null)
                  : orderBetween(keys[0]!, keys.length > 1 ? keys[1]! : null);
            expect(keys).not.toContain(k);
            keys.push(k);
          }
          const sorted = [...keys].sort();
          for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]! < sorted[i]!).toBe(true);
          for (const k of keys) expect(k.endsWith('0')).toBe(false);
        },
      ),
    );
  });

  it('keeps keys short for long runs of appends and bulk inserts', () => {
    let last: string | null = null;
    for (let i = 0; i < 1000; i++) last = orderBetween(last, null);
    expect(last!.length).toBeLessThan(40);
    const bulk = ordersBetween(null, null, 10_000);
    expect(new Set(bulk).size).toBe(10_000);
    expect([...bulk].sort()).toEqual(bulk);
    expect(Math.max(...bulk.map((k) => k.length))).toBeLessThan(20);
  });

  it('refuses a reversed range', () => {
    expect(() => orderBetween('b', 'a')).toThrow(RangeError);
  });

  it('places before a sibling even when neighbours share a key', () => {
    const siblings = [
      { id: 'a', order: 'V' },
      { id: 'b', order: 'V' },
      { id: 'c', order: 'k' },
    ];
    const key = orderBefore(siblings, 'c');
    expect(key > 'V' && key < 'k').toBe(true);
    expect(orderBefore(siblings, null) > 'k').toBe(true);
    expect(compareOrder({ id: 'a', order: 'V' }, { id: 'b', order: 'V' })).toBeLessThan(0);
  });

  it('does not fail when the sibling to go before has no key (found by the relay convergence suite)', () => {
    // A record whose order a concurrent change left unset reads as '': nothing sorts before it.
    const siblings = [
      { id: 'a', order: '' },
      { id: 'b', order: 'V' },
    ];
    const key = orderBefore(siblings, 'a');
    expect(key > 'V').toBe(true);
    expect(orderBefore([{ id: 'a', order: '' }], 'a') > '').toBe(true);
  });
});
