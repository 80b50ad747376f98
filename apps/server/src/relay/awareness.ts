/**
 * The server's view of who is present on a board (y-protocols awareness, wire compatible).
 * States are kept as their JSON text: the server only checks and forwards them, it never reads them.
 *
 * Wire format of an awareness update: varUint count, then per client
 *   varUint clientId, varUint clock, varString JSON state ('null' when the client left).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './errors';

export const MAX_AWARENESS_STATE_BYTES = 4 * 1024;
/** An awareness update can name many clients (a reply to query-awareness), but not unboundedly. */
const MAX_AWARENESS_ENTRIES = 1_000;

export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  /** JSON text of the state; 'null' when the client is gone. */
  readonly state: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an awareness update, checking that each state is valid JSON (peers JSON.parse it) and
 * small. Returns null when a state is too large: the message is dropped, not the connection.
 */
export function readAwarenessUpdate(payload: Uint8Array): AwarenessEntry[] | null {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_ENTRIES) throw new ProtocolError('awareness update names too many clients');
  const entries: AwarenessEntry[] = [];
  let oversized = false;
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const bytes = decoding.readVarUint8Array(decoder);
    if (bytes.byteLength > MAX_AWARENESS_STATE_BYTES) {
      oversized = true;
      continue;
    }
    let state: string;
    try {
      state = utf8.decode(bytes);
      // One spelling for "gone" (' null' parses as null too), so the table and the peers agree.
      if (JSON.parse(state) === null) state = 'null';
    } catch {
      throw new ProtocolError('awareness state is not JSON');
    }
    entries.push({ clientId, clock, state });
  }
  if (decoder.pos !== payload.byteLength) throw new ProtocolError('trailing bytes after awareness update');
  return oversized ? null : entries;
}

export function writeAwarenessUpdate(encoder: encoding.Encoder, entries: readonly AwarenessEntry[]): void {
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
}

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
