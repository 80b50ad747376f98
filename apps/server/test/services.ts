/**
 * Throwaway PostgreSQL and Redis servers for tests, started from Debian's binaries (no Docker on
 * CI machines): a fresh cluster in a temp dir and a Redis without persistence, each on a free
 * loopback port, each stopped (and its directory removed) by stop(), also when the test failed.
 *
 * Missing binaries fail loudly: the scale-out suite must not pass on a machine that never ran it.
 * PostgreSQL refuses to run as root, and CI runs as root: the cluster then runs as the
 * `postgres` system user (created by Debian's postgresql package).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const MISSING =
  'install them with: apt-get install postgresql redis-server (Debian/Ubuntu); the scale-out tests need real servers';

export interface PostgresService {
  /** postgres://postgres@127.0.0.1:PORT/postgres (the maintenance database) */
  readonly url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  stop(): Promise<void>;
}

export interface RedisService {
  /** redis://127.0.0.1:PORT */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresService> {
  const bin = postgresBinDir();
  const user = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'parcours-pg-'));
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  mkdirSync(sockets);
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(sockets, user.uid, user.gid);
  }
  // cwd in the temp dir: the postgres user may not be allowed into ours.
  const asUser = user ? { uid: user.uid, gid: user.gid, cwd: dir, env: { ...process.env, HOME: dir } } : { cwd: dir };
  let child: ChildProcess | undefined;
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      {
        ...asUser,
        stdio: 'pipe',
        timeout: 60_000,
      },
    );
    const port = await freePort();
    // fsync off: these clusters live for one test file; durability of the server under test is
    // what the tests check, and a killed Parcours process does not take PostgreSQL down with it.
    const args = ['-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1'];
    args.push('-c', 'fsync=off', '-c', 'max_connections=200');
    child = spawn(join(bin, 'postgres'), args, { ...asUser, stdio: ['ignore', 'ignore', 'pipe'] });
    const log = collect(child);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitUntil(() => canQuery(url), child, log, 'PostgreSQL');
    const stopChild = guardExit(child);
    return {
      url,
      async createDatabase() {
        const name = `t_${randomBytes(6).toString('hex')}`;
        await adminQuery(url, `CREATE DATABASE ${name}`);
        return url.replace(/\/postgres$/, `/${name}`);
      },
      async dropDatabase(dbUrl) {
        const name = new URL(dbUrl).pathname.slice(1);
        if (!/^t_[0-9a-f]+$/.test(name)) throw new Error(`not a test database: ${name}`);
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
      async stop() {
        // SIGINT: PostgreSQL's fast shutdown (disconnects clients, no waiting for them).
        await stopChild('SIGINT');
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function startRedis(): Promise<RedisService> {
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error(`redis-server not found on PATH; ${MISSING}`);
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = collect(child);
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitUntil(async () => log().includes('Ready to accept connections'), child, log, 'Redis');
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const stopChild = guardExit(child);
  return { url, stop: () => stopChild('SIGTERM') };
}

/** The highest PostgreSQL version's bin directory under /usr/lib/postgresql (Debian's layout). */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(`PostgreSQL binaries not found under ${root}/*/bin; ${MISSING}`);
  return join(root, versions[0]!, 'bin');
}

function systemUser(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`running as root but there is no '${name}' user to run PostgreSQL as; ${MISSING}`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/** A port nobody listened on a moment ago (the servers bind it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The child's stderr and stdout so far, for error messages (last 4 KiB). */
function collect(child: ChildProcess): () => string {
  let text = '';
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4096);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

async function waitUntil(
  ready: () => Promise<boolean>,
  child: ChildProcess,
  log: () => string,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited during start-up (${child.exitCode ?? child.signalCode}):\n${log()}`);
    }
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not start within 30 s:\n${log()}`);
}

/**
 * Kills the child if this process ends without stopping it (a crashed or interrupted test
 * worker), and returns the graceful stop: `signal`, then SIGKILL after 10 s.
 */
function guardExit(child: ChildProcess): (signal: NodeJS.Signals) => Promise<void> {
  const onExit = () => child.kill('SIGKILL');
  // A signal does not run 'exit' listeners: kill the child, then die of the signal as intended
  // (once every listener has run, this one is gone and the default action applies).
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
  process.once('exit', onExit);
  for (const signal of signals) process.once(signal, onSignal);
  return async (signal) => {
    process.off('exit', onExit);
    for (const s of signals) process.off(s, onSignal);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
