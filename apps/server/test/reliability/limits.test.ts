/**
 * The relay's and the API's limits, each pushed just past its bound: frames over 2 MiB, awareness
 * states over 4 KiB, awareness over 30 messages/s, request bodies over 10 MiB, and token guessing
 * (20 failures per IP and minute, then failing attempts refused while right tokens still get in).
 */
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { MAX_BODY_BYTES, MAX_FRAME_BYTES } from '../../src/app';
import { TOO_MANY_FAILURES } from '../../src/relay/authLimiter';
import { type CreatedBoard, createBoard, startServer, synced, type TestServer, waitFor } from '../helpers';
import { awarenessFrame, syncFrame } from './fuzzFrames';
import { writeResult } from './results';

function open(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeCode(socket: WebSocket, timeoutMs = 10_000): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    socket.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The clocks of `clientId`'s entries in an awareness frame (type 1), or [] for other frames. */
function awarenessClocks(data: Buffer, clientId: number): number[] {
  const decoder = decoding.createDecoder(new Uint8Array(data));
  if (decoding.readVarUint(decoder) !== 1) return [];
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const clocks: number[] = [];
  for (let i = decoding.readVarUint(inner); i > 0; i--) {
    const id = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    decoding.readVarString(inner);
    if (id === clientId) clocks.push(clock);
  }
  return clocks;
}

describe('limits', () => {
  let server: TestServer;
  let board: CreatedBoard;
  const figures: Record<string, number> = {};
  const wsUrl = (token: string) => `${server.syncUrl}/${board.id}?token=${token}`;
  const httpUrl = (path: string) => `${server.syncUrl.replace('ws:', 'http:').replace('/sync', '')}${path}`;

  beforeAll(async () => {
    server = await startServer({ logLevel: false });
    board = await createBoard(server.app);
  });
  afterAll(async () => {
    await server?.close();
    writeResult('limits', figures);
  });

  it('refuses a frame over 2 MiB and stores none of it, and accepts one just under', async () => {
    const update = (chars: number) => {
      const doc = new Y.Doc();
      doc.getText('limite').insert(0, 'a'.repeat(chars));
      return Y.encodeStateAsUpdate(doc);
    };
    const big = syncFrame(2, update(MAX_FRAME_BYTES));
    const socket = await open(wsUrl(board.editToken));
    const closed = closeCode(socket);
    socket.send(big);
    expect(await closed).toBe(1009);

    const under = syncFrame(2, update(MAX_FRAME_BYTES - 1024));
    const ok = await open(wsUrl(board.editToken));
    ok.send(under);
    await waitFor(
      () => (server.app.rooms.loaded(board.id)?.doc.getText('limite').length ?? 0) === MAX_FRAME_BYTES - 1024,
      'the frame under the limit is applied',
    );
    ok.terminate();
    expect(server.app.rooms.loaded(board.id)?.doc.getText('limite').length).toBe(MAX_FRAME_BYTES - 1024);
    figures.refusedFrameBytes = big.byteLength;
    figures.acceptedFrameBytes = under.byteLength;
  });

  it('drops awareness states over 4 KiB and relays those under', async () => {
    const watcher = server.connect(board.id, board.viewToken);
    await synced(watcher);
    const socket = await open(wsUrl(board.editToken));
    // {"name":"…"} is 11 bytes around the padding.
    const state = (bytes: number) => JSON.stringify({ name: 'x'.repeat(bytes - 11) });
    socket.send(awarenessFrame([{ clientId: 9_001, clock: 1, state: state(4 * 1024 + 1) }]));
    socket.send(awarenessFrame([{ clientId: 9_002, clock: 1, state: state(4 * 1024) }]));
    await waitFor(() => watcher.provider.awareness.getStates().has(9_002), 'the 4 KiB state arrives');
    expect(watcher.provider.awareness.getStates().has(9_001)).toBe(false);
    socket.terminate();
    figures.awarenessStateDroppedBytes = state(4 * 1024 + 1).length;
    figures.awarenessStateRelayedBytes = state(4 * 1024).length;
  });

  it('relays at most 30 awareness messages a second from one connection', async () => {
    const receiver = await open(wsUrl(board.viewToken));
    const sender = await open(wsUrl(board.editToken));
    // The relay sends presence once per event-loop tick (the latest state per client), so count
    // the distinct states that got through: each is one message the server accepted.
    const relayed = new Set<number>();
    let lastAt = 0;
    receiver.on('message', (data: Buffer) => {
      for (const clock of awarenessClocks(data, 9_100)) relayed.add(clock);
      if (relayed.size > 0) lastAt = performance.now();
    });
    const sent = 400;
    const start = performance.now();
    // One message every 3 ms for 1.2 s: each lands in a tick of its own, 10 times the allowed rate.
    for (let clock = 1; clock <= sent; clock++) {
      sender.send(awarenessFrame([{ clientId: 9_100, clock, state: `{"cursor":{"x":${clock}}}` }]));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seconds = (lastAt - start) / 1000;
    sender.terminate();
    receiver.terminate();
    figures.awarenessSent = sent;
    figures.awarenessRelayed = relayed.size;
    figures.awarenessWindowSeconds = Math.round(seconds * 100) / 100;
    expect(relayed.size).toBeGreaterThanOrEqual(30);
    expect(relayed.size).toBeLessThanOrEqual(30 + Math.ceil(30 * seconds));
  });

  it('refuses a request body over 10 MiB with 413', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const res = await fetch(httpUrl('/api/boards/import'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    figures.refusedBodyBytes = body.byteLength;
    figures.refusedBodyStatus = res.status;
  });

  it("slows token guessing: after 20 failures an IP's failures are refused, its right tokens still let in", async () => {
    const guesses = 40;
    const codes: number[] = [];
    for (let i = 0; i < guesses; i++) {
      const socket = new WebSocket(wsUrl(`devine-${i}`));
      socket.on('error', () => {});
      codes.push((await closeCode(socket)) ?? 0);
    }
    // A participant behind the same NAT address with the right link is not locked out.
    const right = await open(wsUrl(board.editToken));
    const rightCode = await closeCode(right, 1_000);
    right.close();
    const checked = codes.filter((c) => c === 4401).length;
    figures.tokenGuessesSent = guesses;
    figures.tokenGuessesChecked = checked;
    figures.tokenGuessesRefused = codes.filter((c) => c === TOO_MANY_FAILURES).length;
    expect(checked).toBe(20);
    expect(codes.slice(20).every((c) => c === TOO_MANY_FAILURES)).toBe(true);
    expect(rightCode).toBeNull();
  });
});
