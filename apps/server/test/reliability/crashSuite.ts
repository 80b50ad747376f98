/**
 * Crash safety: a real server process, SIGKILLed 50 times while 20 stock clients each make 10
 * edits a second. An edit is acknowledged once any other client received it (the relay
 * broadcasts only what is stored). After each kill, with no server running, the store is read
 * directly: it must hold every edit acknowledged before the kill. At the end every edit any
 * client made, acknowledged or not, must reach the store (clients resend what was lost in flight).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { BoardStore } from '../../src/storage/store';
import { type Client, connect, storedDoc, waitFor } from '../helpers';
import { freePort } from '../services';
import { elapsedMs, writeResult } from './results';
import { ServerPool, type ServerProcess } from './serverProcess';

const KILLS = 50;
const CLIENTS = 20;
const EDITS_PER_SECOND = 10;
const TIME_BUDGET_MS = 200_000;
/** Edits run this long (ms) after the first acknowledgement of a round, varied so kills land anywhere. */
const RUN_MS = [150, 250, 400, 600];

export interface CrashTarget {
  /** Environment of the server children (DATA_DIR or DATABASE_URL). */
  env(): Record<string, string>;
  /** The store as the test reads it between runs (no server running). */
  open(): Promise<BoardStore>;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
}

/** The edits of the board: one map key per edit, named after its client. */
function editsOf(doc: Y.Doc): Y.Map<number> {
  return doc.getMap<number>('crash');
}

export function defineCrashSuite(name: string, target: CrashTarget): void {
  describe(`crash safety on ${name}`, () => {
    let pool: ServerPool | undefined;
    let server: ServerProcess | undefined;
    const clients: Client[] = [];
    const timers: NodeJS.Timeout[] = [];

    beforeAll(async () => {
      process.setMaxListeners(0);
      await target.setUp();
    }, 120_000);
    afterAll(async () => {
      for (const timer of timers) clearInterval(timer);
      for (const c of clients) c.destroy();
      await pool?.stop();
      await target.tearDown();
    }, 60_000);

    it(
      `loses no acknowledged edit through ${KILLS} SIGKILLs under ${CLIENTS} clients x ${EDITS_PER_SECOND} edits/s`,
      async () => {
        const start = performance.now();
        const port = await freePort();
        pool = new ServerPool({ port, env: target.env(), warm: 2 });
        server = await pool.next();
        const res = await fetch(`http://127.0.0.1:${port}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Crash', locale: 'fr', template: 'blank' }),
        });
        const board = (await res.json()) as { id: string; editToken: string };

        const acked = new Set<string>();
        const made = new Set<string>();
        for (let i = 0; i < CLIENTS; i++) {
          const client = connect(`ws://127.0.0.1:${port}/sync`, board.id, board.editToken);
          clients.push(client);
          editsOf(client.doc).observe((event) => {
            if (event.transaction.origin !== client.provider) return;
            for (const key of event.keysChanged) if (!key.startsWith(`c${i}-`)) acked.add(key);
          });
          let n = 0;
          timers.push(
            setInterval(() => {
              const key = `c${i}-${n++}`;
              made.add(key);
              editsOf(client.doc).set(key, n);
            }, 1000 / EDITS_PER_SECOND),
          );
        }

        let kills = 0;
        let maxAckedAtKill = 0;
        const lostPerKill: number[] = [];
        const restartMs: number[] = [];
        const runMs: number[] = [];
        for (; kills < KILLS && performance.now() - start < TIME_BUDGET_MS; kills++) {
          // Let this run acknowledge something, then kill it a little later.
          const runStart = performance.now();
          const ackedBefore = acked.size;
          await waitFor(() => acked.size > ackedBefore, `run ${kills}: clients exchange edits`, 30_000);
          await new Promise((resolve) => setTimeout(resolve, RUN_MS[kills % RUN_MS.length]));
          const killAt = performance.now();
          const ackedAtKill = [...acked];
          await server.kill();
          maxAckedAtKill = Math.max(maxAckedAtKill, ackedAtKill.length);

          const store = await target.open();
          try {
            const stored = editsOf(await storedDoc(store, board.id));
            const lost = ackedAtKill.filter((key) => !stored.has(key));
            lostPerKill.push(lost.length);
            expect(lost.slice(0, 20), `kill ${kills + 1}: acknowledged edits missing from the store`).toEqual([]);
          } finally {
            await store.close();
          }
          const restartAt = performance.now();
          server = await pool.next();
          restartMs.push(performance.now() - restartAt);
          runMs.push(killAt - runStart);
        }

        // Stop editing; every edit made must end up stored, through the clients' resync.
        for (const timer of timers.splice(0)) clearInterval(timer);
        const live = (await target.open()) as BoardStore;
        try {
          await waitFor(() => clients.every((c) => editsOf(c.doc).size === made.size), 'clients converge', 60_000);
          const stored = editsOf(await storedDoc(live, board.id));
          expect([...made].filter((key) => !stored.has(key))).toEqual([]);
        } finally {
          await live.close();
        }
        writeResult(`crash-${name}`, {
          kills,
          clients: CLIENTS,
          editsPerSecondPerClient: EDITS_PER_SECOND,
          editsMade: made.size,
          acknowledgedEdits: acked.size,
          acknowledgedEditsLost: lostPerKill.reduce((a, b) => a + b, 0),
          editsStoredAtEnd: made.size,
          medianRunMs: median(runMs),
          medianRestartMs: median(restartMs),
          wallMs: elapsedMs(start),
        });
        expect(kills, `only ${kills} kills within ${TIME_BUDGET_MS} ms`).toBe(KILLS);
      },
      TIME_BUDGET_MS + 120_000,
    );
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}
