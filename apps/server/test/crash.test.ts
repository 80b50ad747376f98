/**
 * Persist before relay, checked the hard way: a real server process is killed with SIGKILL the
 * moment a client receives an update; restarted on the same data directory, it must still have
 * every update any client had received.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Client, connect, createBoardAt, newVoter, synced, votedKeys, waitFor } from './helpers';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const ITERATIONS = 10;

interface Child {
  readonly process: ChildProcess;
  readonly port: number;
  readonly exited: Promise<number | null>;
}

function startChild(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr.join('')}`)), 30_000);
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready: ${stderr.join('')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'parcours server ready' && entry.port) {
          clearTimeout(timer);
          resolve({ process: child, port: entry.port, exited });
        }
      } catch {
        // not a log line
      }
    });
  });
}

describe('durability across a killed server process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-crash-'));
  const clients: Client[] = [];
  let child: Child | undefined;
  /** A client of the board on the running child, once it synced. */
  const open = async (board: { id: string; editToken: string }) => {
    const client = connect(`ws://127.0.0.1:${child!.port}/sync`, board.id, board.editToken);
    clients.push(client);
    await synced(client);
    return client;
  };

  afterAll(async () => {
    for (const c of clients) c.destroy();
    if (child && child.process.exitCode === null) {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Eleven server starts: generous bounds for a busy 2-core machine.
  it(`keeps every update a client received, through ${ITERATIONS} SIGKILLs`, { timeout: 170_000 }, async () => {
    child = await startChild(dataDir);
    const board = await createBoardAt(`http://127.0.0.1:${child.port}`, {
      title: 'Crash',
      locale: 'fr',
      template: 'fr-purchase-8',
    });
    const seen = new Set<string>();

    for (let i = 0; i < ITERATIONS; i++) {
      const url = `ws://127.0.0.1:${child.port}/sync`;
      const writer = connect(url, board.id, board.editToken);
      const reader = connect(url, board.id, board.editToken);
      clients.push(writer, reader);
      await Promise.all([synced(writer), synced(reader)]);

      // Kill the server as soon as the reader holds `killAfter` of this round's keys.
      const killAfter = 1 + (i % 4);
      const victim = child;
      let killed = false;
      const edit = newVoter(writer.doc);
      const received = () => votedKeys(reader.doc).filter((k) => k.startsWith(`r${i}-`));
      reader.doc.on('update', () => {
        if (killed || received().length < killAfter) return;
        killed = true;
        victim.process.kill('SIGKILL');
        for (const key of votedKeys(reader.doc)) seen.add(key);
        // No client may resend what the dead server lost: the new one must have it by itself.
        writer.provider.disconnect();
        reader.provider.disconnect();
      });
      for (let j = 0; j < 40 && !killed; j++) {
        edit(`r${i}-${j}`);
        if (j % 3 === 0) edit(`r${i}-${j}b`); // two edits in one tick
        await new Promise((resolve) => setImmediate(resolve));
      }
      await waitFor(() => killed, 'the reader to receive updates');
      await victim.exited;
      writer.destroy();
      reader.destroy();

      child = await startChild(dataDir);
      const checker = await open(board);
      const restored = new Set(votedKeys(checker.doc));
      const missing = [...seen].filter((k) => !restored.has(k));
      expect(missing, `round ${i}: updates received before the kill but lost`).toEqual([]);
      checker.destroy();
    }
    expect(seen.size).toBeGreaterThanOrEqual(ITERATIONS);
  });

  it('stores everything and exits cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    child ??= await startChild(dataDir);
    const board = await createBoardAt(`http://127.0.0.1:${child.port}`, {
      title: 'Arrêt',
      locale: 'fr',
      template: 'fr-purchase-8',
    });
    const url = `ws://127.0.0.1:${child.port}/sync`;
    const writer = connect(url, board.id, board.editToken);
    const reader = connect(url, board.id, board.editToken);
    clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);
    const edit = newVoter(writer.doc);
    for (let j = 0; j < 200; j++) edit(`k${j}`);
    await waitFor(() => votedKeys(reader.doc).length === 200, 'the reader to receive every edit');
    writer.provider.disconnect();
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    reader.destroy();
    writer.destroy();

    child = await startChild(dataDir);
    const checker = await open(board);
    expect(votedKeys(checker.doc).length).toBe(200);
  });
});
