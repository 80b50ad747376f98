import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOrder, isOrderKey, orderBefore, orderBetween, ordersBetween } from './order';

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
          for (const k of keys) expect(isOrderKey(k)).toBe(true);
        },
      ),
    );
  });

  it('keeps keys short for long runs of appends, moves to the top and bulk inserts', () => {
    let last: string | null = null;
    for (let i = 0; i < 1000; i++) last = orderBetween(last, null);
    expect(last!.length).toBeLessThan(8);
    // The hand-made keys grew one character per move to the top: 1,000 moves, a 1,001-character key.
    let first = orderBetween(null, null);
    for (let i = 0; i < 1000; i++) first = orderBefore([{ id: 'top', order: first }], 'top');
    expect(first.length).toBeLessThan(8);
    const bulk = ordersBetween(null, null, 10_000);
    expect(new Set(bulk).size).toBe(10_000);
    expect([...bulk].sort()).toEqual(bulk);
    expect(Math.max(...bulk.map((k) => k.length))).toBeLessThan(20);
  });

  it('refuses a reversed range', () => {
    expect(() => orderBetween('b', 'a')).toThrow(RangeError);
  });

  it('places before a sibling even when neighbours share a key (concurrent inserts), ties broken by id', () => {
    const siblings = [
      { id: 'a', order: 'a1' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a2' },
    ];
    const key = orderBefore(siblings, 'c');
    expect(key > 'a1' && key < 'a2').toBe(true);
    expect(orderBefore(siblings, null) > 'a2').toBe(true);
    expect(compareOrder({ id: 'a', order: 'a1' }, { id: 'b', order: 'a1' })).toBeLessThan(0);
  });

  it('does not fail when the sibling to go before has no key or one that is not ours (found by the relay convergence suite)', () => {
    // A record whose order a concurrent change left unset reads as '': nothing sorts before it.
    const key = orderBefore(
      [
        { id: 'a', order: '' },
        { id: 'b', order: 'a0' },
      ],
      'a',
    );
    expect(key > 'a0').toBe(true);
    expect(isOrderKey(orderBefore([{ id: 'a', order: '' }], 'a'))).toBe(true);
    // A stale peer's hand-made key: stepped over, never built on.
    expect(
      isOrderKey(
        orderBefore(
          [
            { id: 'x', order: 'V' },
            { id: 'y', order: 'a3' },
          ],
          'x',
        ),
      ),
    ).toBe(true);
    expect(
      orderBefore(
        [
          { id: 'y', order: 'a3' },
          { id: 'x', order: 'zz' },
        ],
        null,
      ) > 'a3',
    ).toBe(true);
  });
});
