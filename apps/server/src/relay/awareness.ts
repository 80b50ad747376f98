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
      JSON.parse(state);
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

/** Latest known state of each client in a room, with the same clock rules as y-protocols. */
export class AwarenessTable {
  private readonly entries = new Map<number, AwarenessEntry>();

  /**
   * Records the entries that are newer than what we have. Returns the ids that became present
   * (the sender now speaks for them) and those that left.
   */
  apply(entries: readonly AwarenessEntry[]): { added: number[]; removed: number[] } {
    const added: number[] = [];
    const removed: number[] = [];
    for (const entry of entries) {
      const known = this.entries.get(entry.clientId);
      const gone = entry.state === 'null';
      const newer =
        !known || entry.clock > known.clock || (entry.clock === known.clock && gone && known.state !== 'null');
      if (!newer) continue;
      this.entries.set(entry.clientId, entry);
      const wasPresent = known !== undefined && known.state !== 'null';
      if (!gone && !wasPresent) added.push(entry.clientId);
      if (gone && wasPresent) removed.push(entry.clientId);
    }
    return { added, removed };
  }

  /** Marks these clients as gone; returns the entries to broadcast (empty if none was present). */
  remove(clientIds: Iterable<number>): AwarenessEntry[] {
    const changes: AwarenessEntry[] = [];
    for (const clientId of clientIds) {
      const known = this.entries.get(clientId);
      if (!known || known.state === 'null') continue;
      const entry = { clientId, clock: known.clock + 1, state: 'null' };
      this.entries.set(clientId, entry);
      changes.push(entry);
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
