/**
 * Presence out once per event-loop tick: the tick's awareness entries, the latest per client, go
 * out as one frame to every connection instead of one frame per message. Thirty participants
 * moving their cursors at 10 Hz would otherwise cost 30 x 29 frames a tick; under load a tick
 * gathers more, and a cursor that moved twice in it is sent once. (The 50-board load run found
 * the unbatched relay spending its time writing cursor frames while edits waited over 30 s.)
 */
import type { Peer } from './peer';
import type { AwarenessEntry } from './wire';

export type SendPresence = (entries: readonly AwarenessEntry[], from: Peer | null) => void;

export class PresenceBatch {
  private readonly out = new Map<number, AwarenessEntry>();
  /** The connection every queued entry came from, or null when they came from several. */
  private from: Peer | null | undefined;
  private scheduled = false;
  private readonly send: SendPresence;

  /** `send` gets each tick's entries and, when they all came from one connection, that one (to skip it). */
  constructor(send: SendPresence) {
    this.send = send;
  }

  add(entries: readonly AwarenessEntry[], from: Peer): void {
    for (const entry of entries) {
      const queued = this.out.get(entry.clientId);
      if (!queued || entry.clock >= queued.clock) this.out.set(entry.clientId, entry);
    }
    this.from = this.from === undefined || this.from === from ? from : null;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.flush);
  }

  /** Forgets what these clients queued (they left: their removal is sent at once, and is newer). */
  forget(clientIds: Iterable<number>): void {
    for (const id of clientIds) this.out.delete(id);
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    const entries = [...this.out.values()];
    const from = this.from ?? null;
    this.out.clear();
    this.from = undefined;
    if (entries.length > 0) this.send(entries, from);
  };
}
