/**
 * Protocol fuzzing against a live relay: 100,000 generated or mutated frames (fuzzFrames.ts),
 * sent over thousands of short connections (a rejected frame closes its connection by design)
 * to the board two honest clients are editing. The server must not crash or stall its event
 * loop over 250 ms, must grow by less than 50 MiB, and the honest clients must keep syncing.
 * The frames are drawn from the run's test seed (fixed; PARCOURS_TEST_SEED=<n> draws others).
 */
import { testSeed } from '@parcours/journey/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from '../helpers';
import { type Frame, type FrameKind, frameArbitrary, recordCorpus } from './fuzzFrames';
import { settledMemory, watchEventLoop } from './memory';
import { elapsedMs, mib, writeResult } from './results';

const FRAMES = 100_000;
const FRAMES_PER_CONNECTION = 100;
const CONCURRENT_CONNECTIONS = 32;
const CHUNK = 1_000;
const SEED = testSeed();
const TIME_BUDGET_MS = 150_000;
const MAX_STALL_MS = 250;
const MAX_GROWTH_MIB = 50;

/**
 * Sends `frames` on one connection and waits until the server closes it: with this many hostile
 * frames one is always rejected (4400). Null when it did not close within the timeout.
 */
function sendOnOneConnection(url: string, frames: readonly Frame[]): Promise<number | null> {
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
    const timer = setTimeout(() => finish(null), 15_000);
    socket.on('error', () => finish(null));
    socket.on('close', (code) => finish(code));
    socket.on('open', () => {
      for (const { bytes } of frames) socket.send(bytes, { binary: true });
    });
  });
}

describe('protocol fuzzing', () => {
  let server: TestServer;
  let board: CreatedBoard;
  const honest: Client[] = [];
  const timers: NodeJS.Timeout[] = [];

  beforeAll(async () => {
    process.setMaxListeners(0);
    server = await startServer({ logLevel: false });
    board = await createBoard(server.app);
  });
  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    for (const c of honest) c.destroy();
    await server?.close();
  });

  it(
    `survives ${FRAMES} hostile frames while honest clients keep editing`,
    async () => {
      for (let i = 0; i < 2; i++) honest.push(connect(server.syncUrl, board.id, board.editToken));
      await Promise.all(honest.map(synced));
      const made: string[] = [];
      honest.forEach((client, i) => {
        client.provider.awareness.setLocalStateField('user', { name: `Honnête ${i}` });
        let n = 0;
        timers.push(
          setInterval(() => {
            const key = `h${i}-${n++}`;
            made.push(key);
            client.doc.getMap('honest').set(key, n);
          }, 20),
        );
      });

      const corpus = recordCorpus();
      const arbitrary = frameArbitrary(
        corpus,
        honest.map((c) => c.doc.clientID),
      );
      const before = await settledMemory();
      const loop = watchEventLoop();
      const start = performance.now();
      const sentByKind: Partial<Record<FrameKind, number>> = {};
      const closeCodes: Record<string, number> = {};
      let sent = 0;
      let connections = 0;
      // No wrong tokens here: after a few failures the relay refuses the IP (authLimiter.ts, limits.test.ts).
      const tokens = [board.editToken, board.editToken, board.editToken, board.viewToken];

      for (let chunk = 0; sent < FRAMES && performance.now() - start < TIME_BUDGET_MS; chunk++) {
        // Drawing frames is the test's work, not the server's: not counted as a stall.
        const frames = loop.excluding(() =>
          fc.sample(arbitrary, { seed: SEED + chunk, numRuns: Math.min(CHUNK, FRAMES - sent) }),
        );
        const batches: Frame[][] = [];
        for (let at = 0; at < frames.length; at += FRAMES_PER_CONNECTION)
          batches.push(frames.slice(at, at + FRAMES_PER_CONNECTION));
        for (let at = 0; at < batches.length; at += CONCURRENT_CONNECTIONS) {
          const wave = batches.slice(at, at + CONCURRENT_CONNECTIONS);
          const codes = await Promise.all(
            wave.map((batch, i) => {
              const token = tokens[(connections + i) % tokens.length]!;
              return sendOnOneConnection(`${server.syncUrl}/${board.id}?token=${encodeURIComponent(token)}`, batch);
            }),
          );
          connections += wave.length;
          for (const code of codes) closeCodes[String(code)] = (closeCodes[String(code)] ?? 0) + 1;
        }
        for (const f of frames) sentByKind[f.kind] = (sentByKind[f.kind] ?? 0) + 1;
        sent += frames.length;
      }
      const wallMs = elapsedMs(start);
      const stall = loop.stop();

      // The honest clients kept editing throughout: stop, and every edit must be everywhere.
      for (const t of timers.splice(0)) clearInterval(t);
      const room = () => server.app.rooms.loaded(board.id);
      await waitFor(
        () =>
          honest.every((c) => made.every((k) => c.doc.getMap('honest').has(k))) &&
          made.every((k) => room()?.doc.getMap('honest').has(k)),
        'honest clients and the server hold every honest edit',
        30_000,
      );
      const late = connect(server.syncUrl, board.id, board.viewToken);
      honest.push(late);
      await synced(late);
      const lost = made.filter((k) => !late.doc.getMap('honest').has(k));
      expect(lost).toEqual([]);
      expect(honest.slice(0, 2).every((c) => c.provider.wsconnected)).toBe(true);
      const health = await fetch(server.syncUrl.replace('ws:', 'http:').replace('/sync', '/api/health'));
      expect(health.status).toBe(200);
      for (const t of timers.splice(0)) clearInterval(t);
      for (const c of honest.splice(0)) c.destroy();
      await waitFor(() => room() === undefined, 'board unloaded after everyone left', 30_000);
      const after = await settledMemory();

      writeResult('fuzz', {
        frames: sent,
        connections,
        seed: SEED,
        sentByKind: Object.entries(sentByKind).map(([k, n]) => `${k}: ${n}`),
        closeCodes: Object.entries(closeCodes).map(([k, n]) => `${k}: ${n}`),
        maxEventLoopStallMs: stall.maxMs,
        p99EventLoopDelayMs: stall.p99Ms,
        maxWallGapMs: stall.wallMaxMs,
        rssBeforeMiB: mib(before.rss),
        rssAfterMiB: mib(after.rss),
        rssGrowthMiB: mib(after.rss - before.rss),
        liveMemoryGrowthMiB: mib(after.live - before.live),
        honestEdits: made.length,
        honestEditsLost: lost.length,
        wallMs,
      });
      expect(sent, `only ${sent} frames within ${TIME_BUDGET_MS} ms`).toBe(FRAMES);
      expect(stall.maxMs).toBeLessThan(MAX_STALL_MS);
      // Live memory (heap + buffers after a full GC): RSS also counts pages V8 keeps after the churn.
      expect(mib(after.live - before.live)).toBeLessThan(MAX_GROWTH_MIB);
    },
    TIME_BUDGET_MS + 90_000,
  );
});
