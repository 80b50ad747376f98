/**
 * Pieces of a scaled-out deployment for tests: Parcours instances on one PostgreSQL and one Redis
 * (in this process, or as a child process that can be killed for real), a TCP load balancer
 * without sticky sessions that can be pointed at another instance. Clients, boards and what the
 * store holds: helpers.ts, as for one instance.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type AppOptions, buildApp } from '../src/app';
import { openRedisBus } from '../src/bus/redis';
import { joinCodeOptions } from '../src/join/openJoinCodes';
import { openRedisJoinCodes } from '../src/join/redisJoinCodes';
import { DEFAULT_LIMITS } from '../src/limits/limits';
import { openPostgresStore } from '../src/storage/postgres';
import type { BoardStore } from '../src/storage/store';
import { type Client, connect, SCRATCH_ROOTS } from './helpers';
import { type PostgresService, type RedisService, startPostgres, startRedis } from './services';

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

export interface Scaleout {
  /** The Redis every instance shares (its channels are per board, and each test makes new boards). */
  readonly redisUrl: string;
  /** A fresh database for this test, and a store on it to read what the instances stored. */
  fresh(): Promise<{ readonly services: Services; readonly reader: BoardStore }>;
  /** Closes `thing` after this test (the last started first). */
  closeAfter<T extends { close(): unknown }>(thing: T): T;
  /** A stock client with the board's edit token, destroyed after this test. */
  connect(syncUrl: string, board: { readonly id: string; readonly editToken: string }): Client;
}

/**
 * One PostgreSQL and one Redis for a test file's describe block, started before its tests and
 * stopped after them; what each test starts is closed after it, its clients first.
 */
export function useScaleout(): Scaleout {
  let postgres: PostgresService | undefined;
  let redis: RedisService | undefined;
  const clients: Client[] = [];
  const cleanups: (() => unknown)[] = [];
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  });
  afterAll(async () => {
    await Promise.allSettled([postgres?.stop(), redis?.stop()]);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const closeAfter = <T extends { close(): unknown }>(thing: T): T => {
    cleanups.push(() => thing.close());
    return thing;
  };
  return {
    get redisUrl() {
      if (!redis) throw new Error('Redis is not started yet');
      return redis.url;
    },
    async fresh() {
      if (!postgres || !redis) throw new Error('PostgreSQL and Redis are not started yet');
      const services = { databaseUrl: await postgres.createDatabase(), redisUrl: redis.url };
      const reader = closeAfter(await openPostgresStore({ url: services.databaseUrl, poolSize: 2 }));
      return { services, reader };
    },
    closeAfter,
    connect(syncUrl, board) {
      const client = connect(syncUrl, board.id, board.editToken);
      clients.push(client);
      return client;
    },
  };
}
