/**
 * A restore, on the server: the board's live room (loaded for the occasion when nobody has it
 * open) takes a safety checkpoint of its current state, then the model's restore command writes
 * the difference as one transaction. That transaction is one Yjs update, which the room appends
 * to the store in one database transaction and only then relays to every connection and every
 * instance: a crash leaves the board before or after the restore, never halfway.
 */
import type { RestoreScope } from '@parcours/api';
import { restoreBoard, restoreCards, restoreJourney, toSnapshot } from '@parcours/journey';
import type { Room } from '../relay/room';
import type { Rooms } from '../relay/rooms';
import type { CheckpointInfo } from '../storage/checkpoints';
import type { BoardStore } from '../storage/store';
import type { Checkpointer } from './checkpointer';
import { snapshotOfState } from './versionSnapshot';

export interface RestoreServices {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  readonly checkpointer: Checkpointer;
}

/** The safety checkpoint taken before restoring, or null when there is no such version (or board). */
export async function restoreVersion(
  { store, rooms, checkpointer }: RestoreServices,
  boardId: string,
  versionId: string,
  scope: RestoreScope,
  participants: readonly string[],
): Promise<CheckpointInfo | null> {
  const version = await store.checkpoints.get(boardId, versionId);
  if (!version) return null;
  const old = snapshotOfState(version.state);
  return rooms.use(boardId, async (room) => {
    await stored(room);
    const safety = await checkpointer.take(boardId, room.encoded(), 'safety', {
      participants,
      loaded: true,
      snapshot: toSnapshot(room.doc),
    });
    const doc = room.doc;
    if (scope.scope === 'board') restoreBoard(doc, old);
    else if (scope.scope === 'journey') restoreJourney(doc, old, scope.journeyId);
    else restoreCards(doc, old, { phaseIds: scope.phaseIds ?? [], cardIds: scope.cardIds ?? [] });
    // Stored (and relayed) before the reply: the caller sees a durable restore.
    await stored(room);
    // The log now holds the board twice over (what was there, then the restore): folded right after
    // the reply, so the board is back near its restored size, within BOARD_MAX_BYTES, for the next edits.
    room.requestCompaction();
    return safety;
  });
}

/** Resolves once everything the room's doc holds is stored; throws when the store failed. */
async function stored(room: Room): Promise<void> {
  let done = false;
  room.whenDurable(() => {
    done = true;
  });
  // idle is also true once the store failed (the room is then dropped).
  while (!done && !room.idle) await room.flush();
  if (!done) throw new Error('the board could not be stored');
}
