import type { Snapshot } from '@parcours/journey';
import type { FastifyBaseLogger } from 'fastify';
import type { Room } from '../relay/room';
import type { CheckpointInfo, CheckpointKind } from '../storage/checkpoints';
import type { BoardStore } from '../storage/store';
import { CheckpointSummaries, type OffLoopNotes } from './checkpointSummary';
import { expiredCheckpoints } from './retention';

export interface CheckpointerOptions {
  readonly store: BoardStore;
  readonly log: FastifyBaseLogger;
  /** At most one automatic checkpoint per board per this interval while it is edited. */
  readonly intervalMs?: number;
  /** Computes the summary off the event loop (the export pool); on the loop when absent or busy. */
  readonly offLoop?: OffLoopNotes;
}

/**
 * An automatic checkpoint when the last client leaves is skipped when one was taken this recently:
 * someone joining, editing and leaving in a loop would otherwise store a whole board per round.
 */
export const LEAVE_MIN_GAP_MS = 60_000;
/** Boards whose last automatic checkpoint time is remembered (the oldest are forgotten first). */
const REMEMBERED_BOARDS = 10_000;

/** Longest display name kept (the web app's own limit is lower). */
const MAX_NAME = 80;
/** How often the names present are read while a board is edited. */
const NAMES_EVERY_MS = 5_000;
/** Most names listed per checkpoint. */
const MAX_NAMES = 50;

interface Activity {
  /** Start of the current interval. */
  since: number;
  /** When the names present were last read (at most every NAMES_EVERY_MS: parsing presence costs). */
  namesAt: number;
  /** Edited since the last checkpoint. */
  dirty: boolean;
  names: Set<string>;
}

export class Checkpointer {
  readonly intervalMs: number;
  private readonly store: BoardStore;
  private readonly log: FastifyBaseLogger;
  private readonly activity = new Map<string, Activity>();
  private readonly chains = new Map<string, Promise<unknown>>();
  /** When each board's last automatic checkpoint was taken. */
  private readonly lastAuto = new Map<string, number>();
  /**
   * Each checkpoint's summary and pictures. A loaded board's latest checkpoint taken here is kept
   * for the next summary (dropped when the board's last client leaves). Another instance's
   * checkpoint taken meanwhile is not seen: the summary then covers a little more than since the previous one.
   */
  private readonly summaries: CheckpointSummaries;

  constructor(options: CheckpointerOptions) {
    this.store = options.store;
    this.log = options.log;
    this.intervalMs = options.intervalMs ?? 10 * 60 * 1000;
    this.summaries = new CheckpointSummaries(options.store, options.log, options.offLoop);
  }

  /** The people connected since the last checkpoint and those connected now (room, when loaded). */
  participants(boardId: string, room?: Room): string[] {
    const names = new Set([...(this.activity.get(boardId)?.names ?? []), ...(room ? presentNames(room) : [])]);
    return [...names].slice(0, MAX_NAMES);
  }

  /** The room stored an edit: note who is there, and checkpoint once per interval. */
  edited(room: Room): void {
    const now = Date.now();
    let activity = this.activity.get(room.id);
    if (!activity) {
      activity = { since: now, namesAt: 0, dirty: false, names: new Set() };
      this.activity.set(room.id, activity);
    }
    activity.dirty = true;
    if (now - activity.namesAt >= NAMES_EVERY_MS) {
      activity.namesAt = now;
      for (const name of presentNames(room)) if (activity.names.size < MAX_NAMES) activity.names.add(name);
    }
    if (now - activity.since < this.intervalMs) return;
    activity.since = now;
    void this.checkpointRoom(room);
  }

  /** The room's last client left (everything is stored): checkpoint it if it was edited. */
  async left(room: Room): Promise<void> {
    const activity = this.activity.get(room.id);
    this.activity.delete(room.id);
    try {
      if (!activity?.dirty) return;
      if (Date.now() - (this.lastAuto.get(room.id) ?? 0) < LEAVE_MIN_GAP_MS) return;
      await this.checkpointRoom(room, 'auto', activity);
    } finally {
      this.summaries.forget(room.id);
    }
  }

  /**
   * Stores a checkpoint of `state` now. `participants` defaults to the people connected since the
   * previous checkpoint (and those present now).
   */
  take(
    boardId: string,
    state: Uint8Array,
    kind: CheckpointKind,
    options: {
      name?: string;
      participants?: readonly string[];
      /** The board stays loaded (a room's checkpoint): the next summary starts from this one without reading it back. */
      loaded?: boolean;
      /**
       * `state` as a snapshot, read by a caller who waits for the checkpoint (a named version, a
       * restore's safety one) from the live doc at the moment it encoded it: the summary is then
       * computed on the loop, at once, rather than in a worker.
       */
      snapshot?: Snapshot;
    } = {},
  ): Promise<CheckpointInfo> {
    const activity = this.activity.get(boardId);
    const participants = options.participants ?? [...(activity?.names ?? [])];
    if (activity) {
      activity.dirty = false;
      activity.names = new Set();
    }
    return this.serially(boardId, async () => {
      const { summary, images } = await this.summaries.notes(boardId, state, options.loaded === true, options.snapshot);
      const info = await this.store.checkpoints.add({
        boardId,
        kind,
        name: options.name ?? null,
        state,
        participants,
        summary,
        images,
      });
      if (kind !== 'named') await this.prune(boardId);
      return info;
    });
  }

  /** An automatic checkpoint of a loaded room (its live doc read directly, not decoded); null when it failed. */
  checkpointRoom(room: Room, kind: CheckpointKind = 'auto', activity?: Activity): Promise<CheckpointInfo | null> {
    this.lastAuto.delete(room.id);
    this.lastAuto.set(room.id, Date.now());
    if (this.lastAuto.size > REMEMBERED_BOARDS) this.lastAuto.delete(this.lastAuto.keys().next().value!);
    const names = new Set([...(activity?.names ?? this.activity.get(room.id)?.names ?? []), ...presentNames(room)]);
    const participants = [...names].slice(0, MAX_NAMES);
    return this.take(room.id, room.encoded(), kind, { participants, loaded: true }).catch((err) => {
      this.log.error({ err, boardId: room.id }, 'could not store an automatic checkpoint');
      return null;
    });
  }

  private async prune(boardId: string): Promise<void> {
    const expired = expiredCheckpoints(await this.store.checkpoints.list(boardId), new Date());
    if (expired.length > 0) await this.store.checkpoints.remove(boardId, expired);
  }

  private serially<T>(boardId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(boardId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.chains.set(boardId, settled);
    void settled.then(() => {
      if (this.chains.get(boardId) === settled) this.chains.delete(boardId);
    });
    return next;
  }
}

/** Display names in the room's presence states ({ user: { name } }, see apps/web/src/sync/presence.ts). */
function presentNames(room: Room): string[] {
  const names: string[] = [];
  for (const entry of room.awareness.present()) {
    try {
      const state = JSON.parse(entry.state) as { user?: { name?: unknown } } | null;
      const name = state?.user?.name;
      if (typeof name === 'string' && name.trim()) names.push(name.trim().slice(0, MAX_NAME));
    } catch {
      // Checked JSON on the way in (relay/awareness.ts); nothing to list otherwise.
    }
  }
  return names;
}
