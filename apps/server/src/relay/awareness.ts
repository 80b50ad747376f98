/**
 * The server's view of who is present on a board (y-protocols awareness; the wire format of an
 * awareness update is in wire.ts).
 */
import type { AwarenessEntry } from './wire';

/**
 * Latest known state of each client in a room, with the same clock rules as y-protocols, and the
 * connection that speaks for each client id: the first one that used it, until it leaves. Without
 * that binding anyone could publish (or erase) the presence of another client, the facilitator's
 * included, and one connection could fill the table with made-up clients.
 */
export class AwarenessTable {
  private readonly entries = new Map<number, AwarenessEntry>();
  private readonly owners = new Map<number, object>();

  /**
   * The entries `owner` may publish: those for the ids it holds (`held`), and for new ids while it
   * holds fewer than `maxIds`; a new id becomes its own. An id held by another connection, or
   * present through another instance, is refused. The same array when nothing was refused.
   */
  claim(
    owner: object,
    held: Set<number>,
    maxIds: number,
    entries: readonly AwarenessEntry[],
  ): readonly AwarenessEntry[] {
    const allowed = entries.filter((entry) => {
      if (held.has(entry.clientId)) return true;
      if (held.size >= maxIds || this.owners.has(entry.clientId)) return false;
      const known = this.entries.get(entry.clientId);
      if (known !== undefined && known.state !== 'null') return false;
      this.owners.set(entry.clientId, owner);
      held.add(entry.clientId);
      return true;
    });
    return allowed.length === entries.length ? entries : allowed;
  }

  /** Records the entries that are newer than what we have. */
  apply(entries: readonly AwarenessEntry[]): void {
    for (const entry of entries) {
      const known = this.entries.get(entry.clientId);
      const gone = entry.state === 'null';
      const newer =
        !known || entry.clock > known.clock || (entry.clock === known.clock && gone && known.state !== 'null');
      if (newer) this.entries.set(entry.clientId, entry);
    }
  }

  /**
   * Marks these clients as gone and forgets them (their connection left: the ids are free again,
   * for that client's next connection); returns the entries to broadcast (empty if none was present).
   */
  remove(clientIds: Iterable<number>): AwarenessEntry[] {
    const changes: AwarenessEntry[] = [];
    for (const clientId of clientIds) {
      const known = this.entries.get(clientId);
      this.entries.delete(clientId);
      this.owners.delete(clientId);
      if (!known || known.state === 'null') continue;
      changes.push({ clientId, clock: known.clock + 1, state: 'null' });
    }
    return changes;
  }

  present(): AwarenessEntry[] {
    return [...this.entries.values()].filter((e) => e.state !== 'null');
  }

  get size(): number {
    return this.entries.size;
  }
}
