/**
 * Sync amplification (issue 12, item 4): a sync step 1 of four bytes asks for the whole board.
 * Connections that never read, each sending many of them, must not make the server hold one copy
 * of the board per request; a reading connection spamming them must not stall the event loop.
 * The server runs in this process, so its memory and event loop are ours to measure.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { type CreatedBoard, createBoard, startServer, type TestServer, waitFor } from '../helpers';
import { syncFrame } from './fuzzFrames';
import { settledMemory, watchEventLoop } from './memory';
import { mib, writeResult } from './results';

const MiB = 1024 * 1024;
const RECORDS = 20_000;
const RECORD_CHARS = 64;
/** About what the encoded board weighs: every reply to a stranger's state vector is this big. */
const BOARD_BYTES = RECORDS * (RECORD_CHARS + 24);
const SILENT_CONNECTIONS = 20;
const REQUESTS_PER_CONNECTION = 25;
const READER_REQUESTS = 200;
/** Generous bounds for a loaded 2-core machine; without the fix the first is passed tenfold. */
const MAX_GROWTH_MIB = 150;
const MAX_STALL_MS = 1_500;

/** A state vector naming one client the board does not know (4 bytes): the answer is the whole board. */
function strangerStateVector(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 5_000);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/** A board of about 1.7 MiB in many small records (costly to encode, like a real large board). */
const content = new Y.Doc();
content.transact(() => {
  const records = content.getMap<string>('contenu');
  for (let i = 0; i < RECORDS; i++) records.set(`carte-${i}`, `${i} `.padEnd(RECORD_CHARS, 'x'));
});

/** A state vector that has the first `clock` edits of `client`: the answer is the rest. */
function stateVectorOf(client: number, clock: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  return encoding.toUint8Array(encoder);
}

function open(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { maxPayload: 64 * MiB });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sync amplification', () => {
  let server: TestServer;
  let board: CreatedBoard;
  const figures: Record<string, number> = {};
  const url = () => `${server.syncUrl}/${board.id}?token=${board.editToken}`;

  beforeAll(async () => {
    server = await startServer({ logLevel: false });
    board = await createBoard(server.app);
    const writer = await open(url());
    writer.send(syncFrame(2, Y.encodeStateAsUpdate(content)));
    await waitFor(
      () => (server.app.rooms.loaded(board.id)?.doc.getMap('contenu').size ?? 0) === RECORDS,
      'the large board is applied',
    );
    // The writer stays: the board stays loaded.
  });
  afterAll(async () => {
    await server?.close();
    writeResult('amplification', figures);
  });

  it('connections that never read do not make the server hold a copy of the board per request', async () => {
    const sockets: WebSocket[] = [];
    for (let i = 0; i < SILENT_CONNECTIONS; i++) {
      const socket = await open(url());
      socket.pause(); // never reads again: what the server sends stays in its buffers
      sockets.push(socket);
    }
    const before = await settledMemory();
    const loop = watchEventLoop();
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const request = syncFrame(0, strangerStateVector());
    for (const socket of sockets) for (let i = 0; i < REQUESTS_PER_CONNECTION; i++) socket.send(request);
    await sleep(3_000);
    const during = process.memoryUsage();
    peakRss = Math.max(peakRss, during.rss);
    clearInterval(sampler);
    const stall = loop.stop();
    const live = during.heapUsed + during.external;
    for (const socket of sockets) socket.terminate();
    await sleep(200);
    const after = await settledMemory();
    figures.silentConnections = SILENT_CONNECTIONS;
    figures.silentRequests = SILENT_CONNECTIONS * REQUESTS_PER_CONNECTION;
    figures.silentRequestBytes = SILENT_CONNECTIONS * REQUESTS_PER_CONNECTION * request.byteLength;
    figures.boardMiB = mib(BOARD_BYTES);
    figures.silentPeakRssGrowthMiB = mib(peakRss - before.rss);
    figures.silentLiveGrowthMiB = mib(live - before.live);
    figures.silentRssAfterMiB = mib(after.rss - before.rss);
    figures.silentMaxStallMs = stall.maxMs;
    expect(mib(live - before.live)).toBeLessThan(MAX_GROWTH_MIB);
    expect(mib(peakRss - before.rss)).toBeLessThan(MAX_GROWTH_MIB);
    expect(stall.maxMs).toBeLessThan(MAX_STALL_MS);
  });

  it('drops connections past the cap on unwritten bytes of all connections, each waiting for a diff of its own', async () => {
    // Another board of 4 texts of 1.9 MiB, on a server whose cap on unwritten bytes is 8 MiB: each
    // reply below (all but the first edit) is about 7.6 MiB, a buffer of its own.
    const capped = await startServer({ logLevel: false, limits: { sendBufferTotalBytes: 8 * MiB } });
    try {
      const other = await createBoard(capped.app);
      const otherUrl = `${capped.syncUrl}/${other.id}?token=${other.editToken}`;
      const writer = await open(otherUrl);
      const texts = new Y.Doc();
      texts.on('update', (update: Uint8Array) => writer.send(syncFrame(2, update)));
      for (let i = 0; i < 4; i++) texts.getText(`texte-${i}`).insert(0, 'y'.repeat(Math.floor(1.9 * MiB)));
      await waitFor(
        () => (capped.app.rooms.loaded(other.id)?.doc.getText('texte-3').length ?? 0) > 0,
        'the texts are applied',
      );
      const sockets: WebSocket[] = [];
      for (let i = 0; i < 6; i++) {
        const socket = await open(otherUrl);
        socket.pause();
        sockets.push(socket);
      }
      const connected = capped.app.rooms.stats.connections;
      sockets.forEach((socket, i) => {
        socket.send(syncFrame(0, stateVectorOf(texts.clientID, i + 1)));
      });
      await sleep(2_000);
      const left = capped.app.rooms.stats.connections;
      figures.cappedConnections = connected;
      figures.cappedConnectionsLeft = left;
      for (const socket of [writer, ...sockets]) socket.terminate();
      texts.destroy();
      expect(left).toBeLessThan(connected);
      expect(left).toBeGreaterThanOrEqual(2); // the writer, which reads, and at least the first asker
    } finally {
      await capped.close();
    }
  });

  it('a reading connection spamming sync step 1 does not stall the event loop', async () => {
    const socket = await open(url());
    let received = 0;
    let replies = 0;
    socket.on('message', (data: Buffer) => {
      received += data.byteLength;
      if (data.byteLength > BOARD_BYTES / 2) replies++;
    });
    // (What this client receives is allocated in this process too: memory is not measured here.)
    await settledMemory();
    const loop = watchEventLoop();
    const request = syncFrame(0, strangerStateVector());
    for (let i = 0; i < READER_REQUESTS; i++) socket.send(request);
    await sleep(3_000);
    const stall = loop.stop();
    socket.terminate();
    figures.readerRequests = READER_REQUESTS;
    figures.readerReplies = replies;
    figures.readerReceivedMiB = mib(received);
    figures.readerMaxStallMs = stall.maxMs;
    expect(replies).toBeGreaterThanOrEqual(1);
    expect(stall.maxMs).toBeLessThan(MAX_STALL_MS);
  });
});
