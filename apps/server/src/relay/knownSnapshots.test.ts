import { describe, expect, it } from 'vitest';
import { KnownSnapshots } from './knownSnapshots';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const vector = new Uint8Array([1, 42, 7]);

describe('KnownSnapshots', () => {
  it('gives the state vector only while the store holds exactly the remembered snapshot and nothing after it', () => {
    const known = new KnownSnapshots();
    const snapshot = bytes(1000, 3);
    known.remember('b', 12, snapshot, vector);
    expect(known.stateVectorOf('b', { snapshot: snapshot.slice(), updates: [], lastSeq: 12 })).toBe(vector);
    expect(known.stateVectorOf('b', { snapshot, updates: [bytes(5, 1)], lastSeq: 13 })).toBeNull();
    expect(known.stateVectorOf('b', { snapshot, updates: [], lastSeq: 14 })).toBeNull();
    expect(known.stateVectorOf('b', { snapshot: bytes(999, 3), updates: [], lastSeq: 12 })).toBeNull();
    // Same size and sequence number, other bytes at its end (a snapshot replaced behind the room).
    const replaced = snapshot.slice();
    replaced[990] = 4;
    expect(known.stateVectorOf('b', { snapshot: replaced, updates: [], lastSeq: 12 })).toBeNull();
    expect(known.stateVectorOf('other', { snapshot, updates: [], lastSeq: 12 })).toBeNull();
    known.forget('b');
    expect(known.stateVectorOf('b', { snapshot, updates: [], lastSeq: 12 })).toBeNull();
  });

  it('forgets the least recently remembered boards past its bound', () => {
    const known = new KnownSnapshots(2);
    const snapshot = bytes(10, 1);
    known.remember('a', 0, snapshot, vector);
    known.remember('b', 0, snapshot, vector);
    known.remember('a', 0, snapshot, vector); // remembered again: now the most recent
    known.remember('c', 0, snapshot, vector);
    const at = (id: string) => known.stateVectorOf(id, { snapshot, updates: [], lastSeq: 0 });
    expect([at('a'), at('b'), at('c')]).toEqual([vector, null, vector]);
  });
});
