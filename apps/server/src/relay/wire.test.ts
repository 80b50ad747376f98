import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  MAX_AWARENESS_STATE_BYTES,
  ProtocolError,
  readAwarenessUpdate,
  readClientMessage,
} from './wire';

/** A frame as the stock y-websocket client writes it: message type, then y-protocols' own encoding. */
function clientFrame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return doc;
}

describe('wire: what clients send', () => {
  it("reads the stock client's sync step 1, step 2 and update", () => {
    const doc = docWithText('Parcours');
    const step1 = readClientMessage(clientFrame(0, (e) => syncProtocol.writeSyncStep1(e, doc)));
    expect(step1).toEqual({ type: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
    const update = Y.encodeStateAsUpdate(doc);
    expect(readClientMessage(clientFrame(0, (e) => syncProtocol.writeSyncStep2(e, doc)))).toEqual({
      type: 'update',
      update,
    });
    expect(readClientMessage(clientFrame(0, (e) => syncProtocol.writeUpdate(e, update)))).toEqual({
      type: 'update',
      update,
    });
  });

  it("reads the stock client's awareness update and query", () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name: 'Aïcha', cursor: { x: 1, y: 2 } });
    const payload = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const message = readClientMessage(clientFrame(1, (e) => encoding.writeVarUint8Array(e, payload)));
    expect(message).toEqual({ type: 'awareness', payload });
    expect(readAwarenessUpdate(payload)).toEqual([
      { clientId: doc.clientID, clock: 1, state: JSON.stringify({ name: 'Aïcha', cursor: { x: 1, y: 2 } }) },
    ]);
    expect(readClientMessage(clientFrame(3, () => {}))).toEqual({ type: 'queryAwareness' });
    awareness.destroy();
  });

  it('drops an awareness update with an oversized state (null) but refuses one that is not JSON', () => {
    const update = (state: string) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 7);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, state);
      return encoding.toUint8Array(inner);
    };
    expect(readAwarenessUpdate(update(JSON.stringify({ t: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) })))).toBeNull();
    expect(() => readAwarenessUpdate(update('{not json'))).toThrow(ProtocolError);
    expect(() => readAwarenessUpdate(new Uint8Array([1, 7, 1, 1, 49, 9]))).toThrow(ProtocolError); // trailing byte
  });

  it('refuses unknown types, unknown sync steps, trailing bytes and a garbage state vector', () => {
    expect(() => readClientMessage(new Uint8Array([2]))).toThrow(ProtocolError); // auth: server to client only
    expect(() => readClientMessage(new Uint8Array([9]))).toThrow(ProtocolError);
    expect(() => readClientMessage(new Uint8Array([0, 7, 0]))).toThrow(ProtocolError);
    expect(() => readClientMessage(new Uint8Array([1, 1, 0, 5]))).toThrow(ProtocolError);
    expect(() => readClientMessage(new Uint8Array([0, 0, 3, 200, 200, 200]))).toThrow();
    expect(() => readClientMessage(new Uint8Array([]))).toThrow();
  });

  it('knows an empty update', () => {
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(docWithText('a')))).toBe(false);
  });
});

describe('wire: what the server sends', () => {
  it('is read by the stock client: sync step 1 and 2, update', () => {
    const server = docWithText('Carte');
    const client = new Y.Doc();
    // Step 1 from the server: the client answers with what the server lacks.
    const answer = encoding.createEncoder();
    const step1 = clientFrameReader(encodeSyncStep1(Y.encodeStateVector(server)));
    syncProtocol.readSyncMessage(step1.decoder, answer, client, 'server');
    expect(encoding.length(answer)).toBeGreaterThan(0);
    // Step 2 and an update: the client's doc becomes the server's.
    const step2 = clientFrameReader(encodeSyncStep2(Y.encodeStateAsUpdate(server)));
    syncProtocol.readSyncMessage(step2.decoder, encoding.createEncoder(), client, 'server');
    expect(client.getText('notes').toString()).toBe('Carte');
    const before = Y.encodeStateVector(server);
    server.getText('notes').insert(5, ' client');
    const update = clientFrameReader(encodeUpdate(Y.encodeStateAsUpdate(server, before)));
    syncProtocol.readSyncMessage(update.decoder, encoding.createEncoder(), client, 'server');
    expect(client.getText('notes').toString()).toBe('Carte client');
  });

  it('is read by the stock client: awareness, including a client that left', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    const frame = clientFrameReader(
      encodeAwareness([
        { clientId: 42, clock: 3, state: JSON.stringify({ name: 'Louis' }) },
        { clientId: 43, clock: 1, state: 'null' },
      ]),
    );
    expect(frame.type).toBe(1);
    awarenessProtocol.applyAwarenessUpdate(awareness, readVarUint8Array(frame.decoder), 'server');
    expect(awareness.getStates().get(42)).toEqual({ name: 'Louis' });
    expect(awareness.getStates().has(43)).toBe(false);
    awareness.destroy();
  });
});

function clientFrameReader(frame: Uint8Array): { type: number; decoder: decoding.Decoder } {
  const decoder = decoding.createDecoder(frame);
  return { type: decoding.readVarUint(decoder), decoder };
}

function readVarUint8Array(decoder: decoding.Decoder): Uint8Array {
  return decoding.readVarUint8Array(decoder);
}
