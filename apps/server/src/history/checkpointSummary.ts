/**
 * What a checkpoint notes besides its state: the summary of what changed since the board's
 * previous checkpoint (the model's diff, as data) and the pictures it shows. Reading two whole
 * boards and diffing them is most of a checkpoint's cost (about 35 ms of 60 for 5,000 cards), so it
 * runs in an export worker when one has room (`offLoop`, the export pool), and on the event loop
 * otherwise. A checkpoint someone waits for (a named version, the safety one before a restore) is
 * noted on the loop from the snapshot its caller read with the state, at the same moment: a worker
 * would add a few hundred milliseconds to their wait. Notes are always those of the stored state
 * itself: the pictures noted must be exactly its pictures (image collection keeps them).
 *
 * The previous checkpoint of a board that stays loaded is remembered (its state for the worker,
 * its snapshot on the loop), so it is not read back from the store each time; `forget` drops it.
 */
import { diffBoards, type Snapshot } from '@parcours/journey';
import type { FastifyBaseLogger } from 'fastify';
import type { BoardStore } from '../storage/store';
import { imagesOfSnapshot } from './versionImages';
import { snapshotOfState } from './versionSnapshot';

export interface CheckpointNotes {
  /** The model's DiffSummary since the previous checkpoint; null for the first. */
  readonly summary: unknown;
  /** The pictures the state shows (CheckpointInfo.images). */
  readonly images: readonly string[];
}

/** Computes the notes off the event loop; rejects when it cannot (busy, shutting down). */
export type OffLoopNotes = (job: {
  readonly boardId: string;
  readonly before: Uint8Array | null;
  readonly after: Uint8Array;
}) => Promise<CheckpointNotes>;

/** The notes from two snapshots: what a worker runs, and the loop when no worker has room. */
export function notesOf(before: Snapshot | null, after: Snapshot): CheckpointNotes {
  return { summary: before ? diffBoards(before, after).summary : null, images: imagesOfSnapshot(after) };
}

export class CheckpointSummaries {
  private readonly lastStates = new Map<string, Uint8Array>();
  private readonly lastSnapshots = new Map<string, Snapshot>();

  constructor(
    private readonly store: BoardStore,
    private readonly log: FastifyBaseLogger,
    private readonly offLoop?: OffLoopNotes,
  ) {}

  /**
   * The notes of a new checkpoint of `state`: on the loop from `snapshot` (the same state, read by
   * the caller) when given, else in a worker when one has room. `remember`: the board stays loaded,
   * keep this checkpoint for the next one.
   */
  async notes(boardId: string, state: Uint8Array, remember: boolean, snapshot?: Snapshot): Promise<CheckpointNotes> {
    if (this.offLoop && !snapshot) {
      try {
        const before = this.lastStates.get(boardId) ?? (await this.store.checkpoints.latest(boardId))?.state ?? null;
        const notes = await this.offLoop({ boardId, before, after: state });
        this.lastSnapshots.delete(boardId);
        if (remember || this.lastStates.has(boardId)) this.lastStates.set(boardId, state);
        return notes;
      } catch (err) {
        this.log.debug({ err, boardId }, 'checkpoint summary on the event loop: no export worker had room');
      }
    }
    const after = snapshot ?? snapshotOfState(state);
    let before = this.lastSnapshots.get(boardId) ?? null;
    if (!before) {
      const previous = this.lastStates.get(boardId) ?? (await this.store.checkpoints.latest(boardId))?.state;
      before = previous ? snapshotOfState(previous) : null;
    }
    if (remember || this.lastStates.has(boardId)) {
      this.lastSnapshots.set(boardId, after);
      this.lastStates.set(boardId, state);
    }
    return notesOf(before, after);
  }

  /** The board was unloaded: its previous checkpoint is read from the store next time. */
  forget(boardId: string): void {
    this.lastStates.delete(boardId);
    this.lastSnapshots.delete(boardId);
  }
}

/** Anything that runs a summary job in a worker: the export pool (export/exportPool.ts). */
export interface SummaryRunner {
  run(
    key: { boardId: string; address: string },
    load: () => Promise<{ kind: 'summary'; before: Uint8Array | null; after: Uint8Array } | null>,
  ): Promise<{ ok: boolean; kind?: string; notes?: CheckpointNotes } | null>;
}

/**
 * Notes computed by the export pool, as one more export of the board (its per-board and total
 * limits hold; refused, the checkpointer computes them on the loop).
 */
export function notesInPool(pool: SummaryRunner): OffLoopNotes {
  return async ({ boardId, before, after }) => {
    const result = await pool.run({ boardId, address: 'checkpoints' }, async () => ({
      kind: 'summary',
      before,
      after,
    }));
    if (!result?.ok || result.kind !== 'summary' || !result.notes) throw new Error('no summary from the export pool');
    return result.notes;
  };
}
