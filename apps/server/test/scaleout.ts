/**
 * Pieces of a scaled-out deployment for tests: Parcours instances on one PostgreSQL and one Redis
 * (in this process, or as a child process that can be killed for real), a TCP load balancer
 * without sticky sessions that can be pointed at another instance, and stock y-websocket clients.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type AppOptions, buildApp } from '../src/app';
import { openRedisBus } from '../src/bus/redis';
import { joinCodeOptions } from '../src/join/openJoinCodes';
import { openRedisJoinCodes } from '../src/join/redisJoinCodes';
import { DEFAULT_LIMITS } from '../src/limits/limits';
import { openPostgresStore } from '../src/storage/postgres';
import type { BoardStore } from '../src/storage/store';
import { SCRATCH_ROOTS } from './helpers';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface Instance {
  readonly port: number;
  /** ws://127.0.0.1:PORT/sync */
  readonly syncUrl: string;
  close(): Promise<void>;
}

export interface LocalInstance extends Instance {
  readonly app: FastifyInstance;
}

export interface Services {
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

/** An instance in this process: buildApp on PostgreSQL, the Redis bus and Redis join codes, listening on port 0. */
export async function startInstance(services: Services, options: Partial<AppOptions> = {}): Promise<LocalInstance> {
  const store = await openPostgresStore({ url: services.databaseUrl, poolSize: 4 });
  const bus = await openRedisBus({ url: services.redisUrl });
  const joinCodes = await openRedisJoinCodes({ url: services.redisUrl, ...joinCodeOptions(DEFAULT_LIMITS) });
  const app = await buildApp({
    store,
    bus,
    joinCodes,
    logLevel: false,
    webDist: join(tmpdir(), 'parcours-no-web'),
    scratchRoots: SCRATCH_ROOTS,
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, port, syncUrl: `ws://127.0.0.1:${port}/sync`, close: () => app.close() };
}

export interface ChildInstance extends Instance {
  readonly process: ChildProcess;
  readonly exited: Promise<void>;
}

/** An instance as its own process (`src/main.ts`, configured by the environment like in production). */
export function startChildInstance(services: Services): Promise<ChildInstance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output: string[] = [];
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new Error(`${why}:\n${output.join('').slice(-4000)}`));
    };
    const timer = setTimeout(() => fail('the instance did not start within 30 s'), 30_000);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the instance exited before it was ready:\n${output.join('').slice(-4000)}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(`${line}\n`);
      let entry: { msg?: string; port?: number };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg !== 'parcours server ready' || !entry.port) return;
      clearTimeout(timer);
      const port = entry.port;
      resolve({
        process: child,
        exited,
        port,
        syncUrl: `ws://127.0.0.1:${port}/sync`,
        async close() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    });
  });
}

export interface Balancer {
  readonly port: number;
  /** ws://127.0.0.1:PORT/sync, through the balancer */
  readonly syncUrl: string;
  /** New connections go to this port; null refuses them (clients keep retrying). */
  route(port: number | null): void;
  /** Cuts every open connection, as when the instance behind it goes away. */
  dropAll(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the instances: no sticky sessions, any connection to any instance.
 * With `delayMs`, a slow link: every chunk, both ways, arrives that much later (in order).
 */
export async function startBalancer(initialPort: number, delayMs = 0): Promise<Balancer> {
  let target: number | null = initialPort;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (target === null) return void client.destroy();
    const upstream = tcpConnect(target, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', close);
      socket.on('close', close);
    }
    if (delayMs === 0) {
      client.pipe(upstream);
      upstream.pipe(client);
      return;
    }
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), delayMs));
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const dropAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  return {
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    route(next) {
      target = next;
    },
    dropAll,
    async close() {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/** The stock y-websocket provider, retrying quickly so that tests move on fast. */
export function connectClient(syncUrl: string, boardId: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function createBoard(
  app: FastifyInstance,
  template = 'blank',
): Promise<{ id: string; editToken: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/boards',
    payload: { title: 'Atelier', locale: 'fr', template },
  });
  if (res.statusCode !== 201) throw new Error(`could not create a board: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Polls until `check` holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The board as PostgreSQL has it, in a fresh doc. */
export async function storedDoc(store: BoardStore, boardId: string): Promise<Y.Doc> {
  const stored = await store.load(boardId);
  if (!stored) throw new Error(`no board ${boardId}`);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}
