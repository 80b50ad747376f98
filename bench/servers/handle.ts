/**
 * Parent side of a server under test: starts its child, reads its CPU and memory, names a fresh
 * document for each measurement, and stops it (always: callers use try/finally).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Child } from '../lib/rpc';
import { nowMs, sleep } from '../lib/time';
import type { ServerKind, ServerStats } from './kinds';

/** Parcours as shipped: its own entry point, configured by environment like a deployment. */
const PARCOURS_MAIN = new URL('../../apps/server/src/main.ts', import.meta.url);
const WEB_E2E_DIST = fileURLToPath(new URL('../../apps/web/dist-e2e', import.meta.url));

/** Where a client connects: enough for either provider to build its URL. */
export interface Target {
  readonly kind: ServerKind;
  readonly port: number;
  readonly room: string;
  /** Parcours only: the edit token of the board. */
  readonly token?: string;
}

/** A port nobody listens on right now (loopback; the server binds it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export class ServerHandle {
  private rooms = 0;

  private constructor(
    readonly kind: ServerKind,
    readonly port: number,
    private readonly child: Child,
    private readonly dataDir: string | null,
  ) {}

  static async start(kind: ServerKind, nodeFlags: readonly string[] = []): Promise<ServerHandle> {
    if (kind !== 'parcours') {
      const child = await Child.start(new URL('./serverProcess.ts', import.meta.url), [kind], { nodeFlags });
      try {
        return new ServerHandle(kind, await child.call<number>('port'), child, null);
      } catch (err) {
        child.kill();
        throw err;
      }
    }
    // SQLite persistence on, with its shipped defaults (WAL, synchronous=NORMAL), in a fresh DATA_DIR.
    // LOG_LEVEL=warn: the peers log nothing per request either.
    const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bench-'));
    const port = await freePort();
    const child = await Child.start(PARCOURS_MAIN, [], {
      nodeFlags,
      preload: [new URL('./probe.ts', import.meta.url)],
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        // The canvas scenario reads window.__parcoursCanvas: the build made for the browser tests.
        WEB_DIST: WEB_E2E_DIST,
        LOG_LEVEL: 'warn',
        REDIS_URL: '',
        DATABASE_URL: '',
        // Writers here send thousands of edits a second each, on purpose: the per-connection rate
        // limit (a guard against one abusive client, docs/API.md) would measure itself instead.
        WS_MESSAGES_PER_SECOND: '100000',
        WS_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
        // And every client of every scenario connects from 127.0.0.1.
        WS_CONNECTIONS_PER_ADDRESS: '100000',
        BOARDS_PER_ADDRESS_PER_HOUR: '100000',
        IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR: '100000',
      },
      quietStdout: true,
    });
    const handle = new ServerHandle(kind, port, child, dataDir);
    try {
      await handle.waitHealthy();
      return handle;
    } catch (err) {
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }

  private async waitHealthy(): Promise<void> {
    // Generous: under load, compiling the server with tsx alone can take 15 s.
    const deadline = nowMs() + 90_000;
    while (nowMs() < deadline) {
      try {
        if ((await fetch(`${this.baseUrl}/api/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error('parcours server did not become healthy within 90 s');
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  stats(gc = false): Promise<ServerStats> {
    return this.child.call<ServerStats>('stats', { gc });
  }

  /**
   * A new, empty document to measure on. Parcours needs a stored board and a token: it is
   * created through the public API from a v1 JSON (or the blank template); peers create
   * documents on first connection.
   */
  async newRoom(json?: unknown): Promise<Target> {
    if (this.kind !== 'parcours') return { kind: this.kind, port: this.port, room: `bench-${++this.rooms}` };
    const response = json
      ? await fetch(`${this.baseUrl}/api/boards/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(json),
        })
      : await fetch(`${this.baseUrl}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ template: 'blank', locale: 'fr' }),
        });
    if (response.status !== 201) throw new Error(`board creation failed: ${response.status} ${await response.text()}`);
    const created = (await response.json()) as { id: string; editToken: string };
    return { kind: this.kind, port: this.port, room: created.id, token: created.editToken };
  }

  /** Parcours only: boards loaded in memory, from /api/health. */
  async loadedBoards(): Promise<number | null> {
    if (this.kind !== 'parcours') return null;
    const response = await fetch(`${this.baseUrl}/api/health`);
    const body = (await response.json()) as { boards: number };
    return body.boards;
  }

  async stop(): Promise<void> {
    try {
      await this.child.call('stop', {}, 15_000);
    } catch {
      // Already gone or stuck: stop() below kills it.
    }
    await this.child.stop(10_000);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  kill(): void {
    this.child.kill();
  }
}

/** Starts every server of `kinds` (all of them, or none: a failed start stops the others). */
export async function startServers(
  kinds: readonly ServerKind[],
  nodeFlags: readonly string[] = [],
): Promise<Map<ServerKind, ServerHandle>> {
  const started = await Promise.allSettled(kinds.map((kind) => ServerHandle.start(kind, nodeFlags)));
  const servers = new Map<ServerKind, ServerHandle>();
  started.forEach((s, i) => {
    if (s.status === 'fulfilled') servers.set(kinds[i]!, s.value);
  });
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stopServers(servers);
    throw (failed as PromiseRejectedResult).reason;
  }
  return servers;
}

export async function stopServers(servers: ReadonlyMap<ServerKind, ServerHandle>): Promise<void> {
  await Promise.allSettled([...servers.values()].map((s) => s.stop()));
}
