/**
 * Real servers for tests: the app on port 0 over a real SQLite file in a temp dir, and the stock
 * y-websocket provider (with `ws`) as the client. The one place the server's tests start servers,
 * create boards, connect clients and read what was stored (scaleout.ts reuses it on PostgreSQL).
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedBoard } from '@parcours/api';
import { addCard, toSnapshot, vote } from '@parcours/journey';
import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type AppOptions, buildApp } from '../src/app';
import { openSqliteStore } from '../src/storage/sqlite';
import type { BoardStore } from '../src/storage/store';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: BoardStore;
  /** ws://127.0.0.1:PORT/sync */
  readonly syncUrl: string;
  readonly dir: string;
  /** A stock client on this server, destroyed by `closeClients` or `close`; not waited for. */
  connect(boardId: string, token?: string, author?: string): Client;
  /** The same, once it synced. */
  open(boardId: string, token: string, author?: string): Promise<Client>;
  /** Waits until the server stored everything it received for the board (or unloaded it). */
  settled(boardId: string): Promise<void>;
  /** Destroys every client `connect` or `open` made. */
  closeClients(): void;
  /** Closes the server and its clients and removes its files; a second call does nothing. */
  close(): Promise<void>;
}

/**
 * Roots outside the board's layout that the relay tests write into (plain maps and texts test the
 * relay's mechanics, not the model). The server refuses any other root, as in production; pass
 * `scratchRoots: []` to test exactly what production accepts.
 */
export const SCRATCH_ROOTS: readonly string[] = [
  ...['test', 't', 'm', 'notes', 'honest', 'leaks', 'limite', 'crash', 'contenu', 'latence', 'flood'],
  ...['texte-0', 'texte-1', 'texte-2', 'texte-3', 'title'],
];

export async function startServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-server-'));
  const store = openSqliteStore({ file: join(dir, 'parcours.sqlite') });
  const app = await buildApp({ store, webDist: join(dir, 'no-web'), scratchRoots: SCRATCH_ROOTS, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const syncUrl = `ws://127.0.0.1:${port}/sync`;
  const clients: Client[] = [];
  let closed = false;
  const closeClients = () => {
    for (const client of clients.splice(0)) client.destroy();
  };
  const track = (boardId: string, token?: string, author?: string) => {
    const client = connect(syncUrl, boardId, token, new Y.Doc(), author);
    clients.push(client);
    return client;
  };
  return {
    app,
    store,
    syncUrl,
    dir,
    connect: track,
    async open(boardId, token, author) {
      const client = track(boardId, token, author);
      await synced(client);
      return client;
    },
    settled: (boardId) => waitFor(() => app.rooms.loaded(boardId)?.idle ?? true, 'room idle'),
    closeClients,
    async close() {
      if (closed) return;
      closed = true;
      closeClients();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type { CreatedBoard } from '@parcours/api';

/** `body`: the request's body, or a template id for a French board named « Atelier ». */
const creationBody = (body: object | string): object =>
  typeof body === 'string' ? { title: 'Atelier', locale: 'fr', template: body } : body;

export async function createBoard(app: FastifyInstance, body: object | string = 'blank'): Promise<CreatedBoard> {
  const payload = creationBody(body);
  const res = await app.inject({ method: 'POST', url: '/api/boards', payload });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The same over real HTTP, for a server in another process; `base`: http://127.0.0.1:PORT. */
export async function createBoardAt(base: string, body: object | string = 'blank'): Promise<CreatedBoard> {
  const payload = creationBody(body);
  const res = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Close codes the server sent, in order. */
  readonly closeCodes: number[];
  /** The reasons sent with them, in the same order. */
  readonly closeReasons: string[];
  /** Disconnects and frees the doc; a second call does nothing. */
  destroy(): void;
}

/** `author`: the device's comment secret (the relay's `author` parameter), for tests of comments. */
export function connect(
  syncUrl: string,
  boardId: string,
  token: string | undefined,
  doc = new Y.Doc(),
  author?: string,
): Client {
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...(token === undefined ? {} : { token }), ...(author === undefined ? {} : { author }) },
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closeCodes: number[] = [];
  const closeReasons: string[] = [];
  provider.on('connection-close', (event) => {
    if (!event) return;
    closeCodes.push(event.code);
    closeReasons.push(event.reason);
  });
  let destroyed = false;
  return {
    doc,
    provider,
    closeCodes,
    closeReasons,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function synced(client: Client): Promise<void> {
  await waitFor(() => client.provider.synced, 'provider synced');
}

/** Polls until `check` holds; fails with `what` after `timeoutMs` (generous: a loaded 2-core machine). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The board as the store has it: snapshot plus log, applied to a fresh doc. */
export async function storedDoc(store: BoardStore, boardId: string): Promise<Y.Doc> {
  const stored = await store.load(boardId);
  if (!stored) throw new Error(`no board ${boardId}`);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The board's rows as bytes: snapshot, then the update log (to check that nothing was stored). */
export async function storedBytes(store: BoardStore, boardId: string): Promise<Buffer> {
  const stored = await store.load(boardId);
  if (!stored) throw new Error(`no board ${boardId}`);
  return Buffer.concat([stored.snapshot ?? new Uint8Array(), ...stored.updates].map((p) => Buffer.from(p)));
}

/** The id of the board's first journey (the one a template makes). */
export function firstJourneyId(doc: Y.Doc): string {
  return Object.keys(toSnapshot(doc).journeys)[0]!;
}

/**
 * A production server (main.ts) refuses writes outside the board's layout: tests that need many
 * small edits there make them as votes on a card they add, through the model's `vote`. Returns
 * the edit: one vote under the participant key `key`.
 */
export function newVoter(doc: Y.Doc): (key: string) => void {
  const cardId = addCard(doc, { journeyId: firstJourneyId(doc), kind: 'note', text: 'edits' });
  return (key) => vote(doc, { cardId, participantId: key });
}

/** Every participant key that voted on any card: the edits `newVoter` made, as a doc holds them. */
export function votedKeys(doc: Y.Doc): string[] {
  return Object.values(toSnapshot(doc).cards).flatMap((card) => Object.keys(card.votes));
}

/**
 * A raw websocket to the relay, for frames no stock client would send. `start` runs once the socket
 * opens (`startOn: 'open'`) or once the server spoke first (`'message'`: the board is loaded and the
 * connection joined); it may call `finish(null)` itself. Resolves with the close code the server
 * sent, or null on a socket error, on `finish(null)` or after `timeoutMs`.
 */
export function rawConnection(
  url: string,
  options: { readonly timeoutMs: number; readonly startOn: 'open' | 'message' },
  start: (socket: WebSocket, finish: (code: number | null) => void, isDone: () => boolean) => void,
): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    let done = false;
    const finish = (code: number | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.terminate();
      resolve(code);
    };
    const timer = setTimeout(() => finish(null), options.timeoutMs);
    socket.on('error', () => finish(null));
    socket.on('close', (code) => finish(code));
    socket.once(options.startOn, () => start(socket, finish, () => done));
  });
}
