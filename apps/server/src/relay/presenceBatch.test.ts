import { describe, expect, it } from 'vitest';
import type { Peer } from './peer';
import { PresenceBatch } from './presenceBatch';
import type { AwarenessEntry } from './wire';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const alice = {} as Peer;
const bob = {} as Peer;
const cursor = (clientId: number, clock: number, x: number): AwarenessEntry => ({
  clientId,
  clock,
  state: JSON.stringify({ cursor: { x } }),
});

describe('PresenceBatch', () => {
  it("sends a tick's moves once, the latest per client, skipping their only sender", async () => {
    const sent: { entries: readonly AwarenessEntry[]; from: Peer | null }[] = [];
    const batch = new PresenceBatch((entries, from) => sent.push({ entries, from }));
    batch.add([cursor(1, 1, 10)], alice);
    batch.add([cursor(1, 2, 20)], alice);
    batch.add([cursor(1, 1, 99)], alice); // late and stale: does not replace clock 2
    expect(sent).toHaveLength(0);
    await tick();
    expect(sent).toEqual([{ entries: [cursor(1, 2, 20)], from: alice }]);
    await tick();
    expect(sent).toHaveLength(1);
  });

  it('sends to everyone when several connections spoke, and forgets who left', async () => {
    const sent: { entries: readonly AwarenessEntry[]; from: Peer | null }[] = [];
    const batch = new PresenceBatch((entries, from) => sent.push({ entries, from }));
    batch.add([cursor(1, 1, 10)], alice);
    batch.add([cursor(2, 1, 30)], bob);
    batch.add([cursor(3, 1, 40)], bob);
    batch.forget([3]);
    await tick();
    expect(sent).toEqual([{ entries: [cursor(1, 1, 10), cursor(2, 1, 30)], from: null }]);
  });
});
