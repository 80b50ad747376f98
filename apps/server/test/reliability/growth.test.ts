/**
 * Unbounded growth (issue 12, item 3), each attack against a real server with low limits set
 * through buildApp: a connection flooding large updates (bytes per board, bytes per connection and
 * second), board creation from one address (boards per address and hour), and websocket
 * connections from one address (open connections per address).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../src/relay/errors';
import type { BoardStore } from '../../src/storage/store';
import { createBoard, startServer, storedBytes, type TestServer, waitFor } from '../helpers';
import { syncFrame } from './fuzzFrames';
import { mib, writeResult } from './results';

const MiB = 1024 * 1024;
const figures: Record<string, number> = {};

function open(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeCode(socket: WebSocket, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) return resolve(-1);
    const timer = setTimeout(() => resolve(null), timeoutMs);
    socket.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** `count` update frames of about `bytes` each, each extending one text (so each applies at once). */
function largeUpdates(count: number, bytes: number): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => frames.push(syncFrame(2, update)));
  for (let i = 0; i < count; i++)
    doc.getText('flood').insert(i * bytes, String.fromCharCode(97 + (i % 26)).repeat(bytes));
  doc.destroy();
  return frames;
}

/** How many bytes the store holds for the board: snapshot plus update log. */
async function storedSize(store: BoardStore, boardId: string): Promise<number> {
  return (await storedBytes(store, boardId)).byteLength;
}

describe('growth limits', () => {
  let server: TestServer | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.terminate();
    await server?.close();
    server = undefined;
    writeResult('growth', figures);
  });

  it('closes a connection that fills its board past the byte limit (4413), and stores no more than the limit', async () => {
    const limit = 8 * MiB;
    server = await startServer({ logLevel: false, limits: { boardMaxBytes: limit } });
    const board = await createBoard(server.app);
    const socket = await open(`${server.syncUrl}/${board.id}?token=${board.editToken}`);
    sockets.push(socket);
    const closed = closeCode(socket, 15_000);
    const frames = largeUpdates(12, 1.5 * MiB);
    for (const frame of frames) socket.send(frame);
    const code = await closed;
    const stored = await storedSize(server.store, board.id);
    figures.floodSentMiB = mib(frames.reduce((sum, f) => sum + f.byteLength, 0));
    figures.floodBoardLimitMiB = mib(limit);
    figures.floodStoredMiB = mib(stored);
    figures.floodCloseCode = code ?? 0;
    expect(code).toBe(CloseCode.boardFull);
    expect(stored).toBeLessThanOrEqual(limit);
    // The board still opens: reading it is not refused.
    const reader = await open(`${server.syncUrl}/${board.id}?token=${board.viewToken}`);
    sockets.push(reader);
    expect(await closeCode(reader, 500)).toBeNull();
  });

  it('refuses to create a board already over the byte limit (413), which could never be edited', async () => {
    server = await startServer({ logLevel: false, limits: { boardMaxBytes: 2 * 1024 } });
    const small = await server.app.inject({ method: 'POST', url: '/api/boards', payload: { template: 'blank' } });
    const large = await server.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { template: 'fr-purchase-8' },
    });
    expect(small.statusCode).toBe(201);
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatch(/size limit/);
  });

  it('throttles a connection past its bytes per second instead of storing everything at once', async () => {
    const rate = 1 * MiB;
    server = await startServer({ logLevel: false, limits: { connectionBytesPerSecond: rate } });
    const board = await createBoard(server.app);
    const before = await storedSize(server.store, board.id);
    const socket = await open(`${server.syncUrl}/${board.id}?token=${board.editToken}`);
    sockets.push(socket);
    const frames = largeUpdates(16, 1 * MiB);
    const start = performance.now();
    for (const frame of frames) socket.send(frame);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const seconds = (performance.now() - start) / 1000;
    const stored = (await storedSize(server.store, board.id)) - before;
    figures.throttleSentMiB = mib(frames.reduce((sum, f) => sum + f.byteLength, 0));
    figures.throttleStoredMiBAfter2s = mib(stored);
    // The burst (5 s worth) plus the rate over the elapsed time, plus one frame in flight.
    expect(stored).toBeLessThanOrEqual(5 * rate + seconds * rate + 1.1 * MiB);
    // Throttled, not dropped: the rest arrives in time.
    expect(socket.readyState).toBe(WebSocket.OPEN);
  });

  it('answers 429 with Retry-After past the boards created per address and hour', async () => {
    server = await startServer({ logLevel: false, limits: { boardsPerAddressPerHour: 5 } });
    const create = (remoteAddress = '127.0.0.1') =>
      server!.app.inject({ method: 'POST', url: '/api/boards', payload: { template: 'blank' }, remoteAddress });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await create()).statusCode);
    const refused = await create();
    const importRefused = await server.app.inject({
      method: 'POST',
      url: '/api/boards/import',
      payload: { format: 'parcours-journey-map', version: 1 },
    });
    const elsewhere = await create('203.0.113.7');
    // An IPv6 client holds a whole /64: its addresses share one count.
    for (let i = 1; i <= 5; i++) expect((await create(`2001:db8:0:1::${i}`)).statusCode).toBe(201);
    const sameSubnet = await create('2001:db8:0:1::99');
    figures.creationAccepted = statuses.filter((s) => s === 201).length;
    figures.creationRefusedStatus = refused.statusCode;
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.json().error).toMatch(/too many boards/);
    expect(importRefused.statusCode).toBe(429);
    expect(elsewhere.statusCode).toBe(201);
    expect(sameSubnet.statusCode).toBe(429);
  });

  it('refuses websocket connections past the cap per address (4429), and accepts again once one closes', async () => {
    const cap = 8;
    server = await startServer({ logLevel: false, limits: { connectionsPerAddress: cap } });
    const board = await createBoard(server.app);
    const url = `${server.syncUrl}/${board.id}?token=${board.viewToken}`;
    for (let i = 0; i < cap; i++) sockets.push(await open(url));
    const extra = await open(url);
    sockets.push(extra);
    const code = await closeCode(extra, 3_000);
    figures.connectionsCap = cap;
    figures.connectionsRefusedCode = code ?? 0;
    expect(code).toBe(4429);
    // The first ones are still there.
    expect(sockets.slice(0, cap).every((s) => s.readyState === WebSocket.OPEN)).toBe(true);
    const first = sockets[0]!;
    const gone = closeCode(first, 3_000);
    first.close();
    await gone;
    await waitFor(() => server!.app.rooms.stats.connections < cap, 'the server saw the close');
    const again = await open(url);
    sockets.push(again);
    expect(await closeCode(again, 500)).toBeNull();
  });
});
