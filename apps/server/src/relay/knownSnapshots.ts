/**
 * What this process knows of boards' stored snapshots that it wrote itself: a new board's first
 * snapshot, and the snapshot a room was compacted into before it unloaded. Such a snapshot is at
 * this server's schema version (written from a new or migrated doc) and its state vector is known,
 * so the board's next load can serve it as is, asleep (boardState.ts), without building a doc:
 * about 200-300 ms of CPU for a 10,000-card board, on the way to its first paint. The doc is built
 * by the first edit, as for any sleeping board.
 *
 * Only when the store still holds exactly that snapshot and nothing after it (same last sequence
 * number, same size, no update row): another instance's append or compaction, or a restart,
 * means the slow way. Bounded: the least recently remembered boards are forgotten first.
 */
import type { StoredBoard } from '../storage/store';

interface Known {
  readonly lastSeq: number;
  readonly bytes: number;
  readonly stateVector: Uint8Array;
}

export class KnownSnapshots {
  private readonly known = new Map<string, Known>();

  constructor(private readonly max = 10_000) {}

  remember(boardId: string, lastSeq: number, snapshot: Uint8Array, stateVector: Uint8Array): void {
    this.known.delete(boardId);
    this.known.set(boardId, { lastSeq, bytes: snapshot.byteLength, stateVector });
    if (this.known.size > this.max) this.known.delete(this.known.keys().next().value!);
  }

  /** The state vector of `stored`'s snapshot when it is the one remembered and nothing follows it; else null. */
  stateVectorOf(boardId: string, stored: StoredBoard): Uint8Array | null {
    const known = this.known.get(boardId);
    if (!known || !stored.snapshot || stored.updates.length > 0) return null;
    if (stored.lastSeq !== known.lastSeq || stored.snapshot.byteLength !== known.bytes) return null;
    return known.stateVector;
  }

  forget(boardId: string): void {
    this.known.delete(boardId);
  }
}
