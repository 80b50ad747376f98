/**
 * The y-websocket wire format, alone: the messages a client sends, read into typed values, and the
 * frames the server sends. It imports nothing from the relay, so the format is tested on bytes
 * (wire.test.ts) and the handlers (protocol.ts) act on values.
 *
 *   [0 sync]  [0 step1, state vector] | [1 step2, update] | [2 update, update]
 *   [1 awareness] [awareness update]
 *   [3 query-awareness]
 * (2, auth, is only ever sent by a server.)
 *
 * An awareness update: varUint count, then per client varUint clientId, varUint clock, varString
 * JSON state ('null' when the client left). States are kept as their JSON text: the server only
 * checks and forwards them, it never reads them (except the facilitation claims, facilitation.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export const MAX_AWARENESS_STATE_BYTES = 4 * 1024;
/** An awareness update can name many clients (a reply to query-awareness), but not unboundedly. */
const MAX_AWARENESS_ENTRIES = 1_000;

/** A frame the server cannot accept: it closes that connection (4400), and nothing else. */
export class ProtocolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProtocolError';
  }
}

export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  /** JSON text of the state; 'null' when the client is gone. */
  readonly state: string;
}

/** A client's message, read. */
export type ClientMessage =
  | { readonly type: 'syncStep1'; readonly stateVector: Uint8Array }
  /** Sync step 2 and update carry the same thing: a Yjs v1 update. */
  | { readonly type: 'update'; readonly update: Uint8Array }
  /**
   * The awareness update, still encoded: it is read (readAwarenessUpdate: JSON checks) only once
   * the connection's awareness rate lets it through, so a client over its rate costs no parsing.
   */
  | { readonly type: 'awareness'; readonly payload: Uint8Array }
  | { readonly type: 'queryAwareness' };

/** Reads one client frame; throws ProtocolError (or a lib0 decoding error) for anything malformed. */
export function readClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector); // throws on garbage now rather than later, in the deferred reply
      return { type: 'syncStep1', stateVector };
    }
    if (step === SYNC_STEP2 || step === SYNC_UPDATE)
      return { type: 'update', update: decoding.readVarUint8Array(decoder) };
    throw new ProtocolError(`unknown sync message ${step}`);
  }
  if (type === MESSAGE_AWARENESS) {
    const payload = decoding.readVarUint8Array(decoder);
    if (decoder.pos !== frame.byteLength) throw new ProtocolError('trailing bytes after awareness message');
    return { type: 'awareness', payload };
  }
  if (type === MESSAGE_QUERY_AWARENESS) return { type: 'queryAwareness' };
  throw new ProtocolError(`unknown message type ${type}`);
}

/** v1 encoding of an update with no structs and no deletions. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 0 || (update.byteLength === 2 && update[0] === 0 && update[1] === 0);
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

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return syncFrame(SYNC_STEP1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_STEP2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_UPDATE, update);
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  writeAwarenessUpdate(inner, entries);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
