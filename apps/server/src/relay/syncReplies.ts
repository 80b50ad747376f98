/**
 * Sync step 2 frames, shared. A reply to a fresh client is the whole board: clients asking the
 * same thing (a workshop joining together, a client asking again and again) get one frame until
 * the board changes, instead of an encoding and a copy of the board each.
 */
import type { BoardState } from './boardState';
import { encodeSyncStep2 } from './wire';

/** Replies to other state vectors are kept when small (a client reconnecting after a few edits). */
const MAX_CACHED_REPLY_BYTES = 256 * 1024;
const MAX_CACHED_REPLIES = 16;
const MAX_KEY_BYTES = 1024;

export class SyncReplies {
  private readonly byVector = new Map<string, Uint8Array>();
  private full: { readonly update: Uint8Array; readonly frame: Uint8Array } | null = null;

  constructor(private readonly state: BoardState) {}

  /** The sync step 2 frame for a client with `stateVector`, without waking an idle board. */
  reply(stateVector: Uint8Array): Uint8Array {
    const key = stateVector.byteLength <= MAX_KEY_BYTES ? Buffer.from(stateVector).toString('latin1') : null;
    const cached = key === null ? undefined : this.byVector.get(key);
    if (cached) return cached;
    const update = this.state.diff(stateVector);
    if (this.full?.update === update) return this.full.frame;
    const frame = encodeSyncStep2(update);
    if (this.state.isFull(update)) this.full = { update, frame };
    else if (key !== null && frame.byteLength <= MAX_CACHED_REPLY_BYTES) {
      if (this.byVector.size >= MAX_CACHED_REPLIES) this.byVector.delete(this.byVector.keys().next().value!);
      this.byVector.set(key, frame);
    }
    return frame;
  }

  /** The board changed: every kept reply is out of date. */
  clear(): void {
    this.byVector.clear();
    this.full = null;
  }
}
