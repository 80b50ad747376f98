import { describe, expect, it } from 'vitest';
import { AwarenessTable } from './awareness';
import type { AwarenessEntry } from './wire';

const entry = (clientId: number, clock = 1, state = '{"cursor":{"x":1}}'): AwarenessEntry => ({
  clientId,
  clock,
  state,
});

describe('AwarenessTable.claim', () => {
  it('binds a client id to the first connection that uses it, until that connection leaves', () => {
    const table = new AwarenessTable();
    const alice = { held: new Set<number>() };
    const mallory = { held: new Set<number>() };
    const first = [entry(1)];
    expect(table.claim(alice, alice.held, 4, first)).toBe(first);
    table.apply(first);
    expect(table.claim(mallory, mallory.held, 4, [entry(1, 9, 'null'), entry(2)])).toEqual([entry(2)]);
    expect(mallory.held).toEqual(new Set([2]));

    expect(table.remove(alice.held)).toEqual([{ clientId: 1, clock: 2, state: 'null' }]);
    expect(table.size).toBe(0);
    expect(table.claim(mallory, mallory.held, 4, [entry(1, 3)])).toEqual([entry(1, 3)]);
  });

  it('lets one connection hold at most maxIds ids', () => {
    const table = new AwarenessTable();
    const held = new Set<number>();
    const many = Array.from({ length: 10 }, (_, i) => entry(100 + i));
    expect(table.claim({}, held, 4, many)).toEqual(many.slice(0, 4));
    expect(table.claim({}, held, 4, [entry(100, 2)])).toEqual([entry(100, 2)]);
  });

  it('refuses an id present through another instance (no local owner)', () => {
    const table = new AwarenessTable();
    table.apply([entry(7)]);
    expect(table.claim({}, new Set(), 4, [entry(7, 2)])).toEqual([]);
    table.apply([entry(7, 2, 'null')]);
    expect(table.claim({}, new Set(), 4, [entry(7, 3)])).toEqual([entry(7, 3)]);
  });
});
