/**
 * The y-websocket wire protocol, as a table from message type to handler. Each handler reads
 * one message from the decoder and acts on the room for the connection; a malformed message
 * throws (ProtocolError or a lib0 decoding error) and the caller closes only that connection.
 *
 *   [0 sync]  [0 step1, state vector] | [1 step2, update] | [2 update, update]
 *   [1 awareness] [awareness update]
 *   [3 query-awareness]
 * (2, auth, is only ever sent by a server.)
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { type AwarenessEntry, readAwarenessUpdate, writeAwarenessUpdate } from './awareness';
import type { Connection } from './connection';
import { ProtocolError } from './errors';
import { admitUpdate, withoutFacilitatorClaims } from './facilitation';
import type { Room } from './room';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

type Handler = (room: Room, conn: Connection, decoder: decoding.Decoder, frame: Uint8Array) => void;

const handlers: Readonly<Record<number, Handler>> = {
  [MESSAGE_SYNC]: onSync,
  [MESSAGE_AWARENESS]: onAwareness,
  [MESSAGE_QUERY_AWARENESS]: onQueryAwareness,
};

export function handleFrame(room: Room, conn: Connection, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  const handler = handlers[type];
  if (!handler) throw new ProtocolError(`unknown message type ${type}`);
  handler(room, conn, decoder, frame);
}

function onSync(room: Room, conn: Connection, decoder: decoding.Decoder): void {
  const step = decoding.readVarUint(decoder);
  if (step === SYNC_STEP1) {
    const stateVector = decoding.readVarUint8Array(decoder);
    Y.decodeStateVector(stateVector); // throws on garbage now rather than later, in the deferred reply
    // Answered once stored (what the client receives survives a crash), one at a time (connection.ts).
    conn.requestSync(stateVector);
  } else if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
    const update = decoding.readVarUint8Array(decoder);
    if (!conn.canEdit || isEmptyUpdate(update)) return; // a viewer's edits are dropped, never stored
    if (!admitUpdate(room, conn, update)) return; // refused by the model's check (layout, bounds, rights): connection closed
    room.applyClientUpdate(update, conn);
  } else {
    throw new ProtocolError(`unknown sync message ${step}`);
  }
}

function onAwareness(room: Room, conn: Connection, decoder: decoding.Decoder, frame: Uint8Array): void {
  const payload = decoding.readVarUint8Array(decoder);
  if (decoder.pos !== frame.byteLength) throw new ProtocolError('trailing bytes after awareness message');
  if (!conn.takeAwarenessToken()) return; // over the rate: dropped, the connection stays
  const entries = readAwarenessUpdate(payload);
  if (entries === null) return; // a state over the size limit: dropped
  const own = conn.filterAwareness(room, entries);
  const allowed = withoutFacilitatorClaims(conn, own); // only a facilitator presents or leads
  if (allowed.length === 0) return;
  room.relayAwareness(allowed, conn);
}

function onQueryAwareness(room: Room, conn: Connection): void {
  const present = room.awareness.present();
  if (present.length > 0) conn.send(encodeAwareness(present));
}

/** v1 encoding of an update with no structs and no deletions. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 0 || (update.byteLength === 2 && update[0] === 0 && update[1] === 0);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  writeAwarenessUpdate(inner, entries);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
