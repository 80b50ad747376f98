/**
 * What this process knows of boards' stored snapshots that it wrote itself: a new board's first
 * snapshot, and the snapshot a room was compacted into before it unloaded. Such a snapshot is at
 * this server's schema version (written from a new or migrated doc) and its state vector is known,
 * so the board's next load can serve it as is, asleep (boardState.ts), without building a doc:
 * about 200-300 ms of CPU for a 10,000-card board, on the way to its first paint. The doc is built
 * by the first edit, as for any sleeping board.
 *
 * Only when the store still holds exactly that snapshot and nothing after it (same last sequence
 * number, same size and first and last bytes, no update row): another instance's append or
 * compaction, a snapshot replaced behind the room's back, or a restart, means the slow way (and
 * whoever replaces a stored snapshot of a board this process may have remembered calls forget). Bounded: the least recently remembered boards are forgotten first.
 */
import type { StoredBoard } from '../storage/store';

interface Known {
  readonly lastSeq: number;
  readonly bytes: number;
  /** The snapshot's first and last bytes: a cheap check that the stored bytes are the same ones. */
  readonly ends: Uint8Array;
  readonly stateVector: Uint8Array;
}

const END_BYTES = 64;

function endsOf(snapshot: Uint8Array): Uint8Array {
  if (snapshot.byteLength <= 2 * END_BYTES) return snapshot.slice();
  const ends = new Uint8Array(2 * END_BYTES);
  ends.set(snapshot.subarray(0, END_BYTES));
  ends.set(snapshot.subarray(snapshot.byteLength - END_BYTES), END_BYTES);
  return ends;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class KnownSnapshots {
  private readonly known = new Map<string, Known>();

  constructor(private readonly max = 10_000) {}

  remember(boardId: string, lastSeq: number, snapshot: Uint8Array, stateVector: Uint8Array): void {
    this.known.delete(boardId);
    this.known.set(boardId, { lastSeq, bytes: snapshot.byteLength, ends: endsOf(snapshot), stateVector });
    if (this.known.size > this.max) this.known.delete(this.known.keys().next().value!);
  }

  /** The state vector of `stored`'s snapshot when it is the one remembered and nothing follows it; else null. */
  stateVectorOf(boardId: string, stored: StoredBoard): Uint8Array | null {
    const known = this.known.get(boardId);
    if (!known || !stored.snapshot || stored.updates.length > 0) return null;
    if (stored.lastSeq !== known.lastSeq || stored.snapshot.byteLength !== known.bytes) return null;
    if (!sameBytes(endsOf(stored.snapshot), known.ends)) return null;
    return known.stateVector;
  }

  forget(boardId: string): void {
    this.known.delete(boardId);
  }
}
