/**
 * Protocol fuzzing against a live relay: 100,000 generated or mutated frames (fuzzFrames.ts),
 * sent over thousands of short connections (a rejected frame closes its connection by design)
 * to the board two honest clients are editing. The server must not crash or stall its event
 * loop over 250 ms, must grow by less than 50 MiB, and the honest clients must keep syncing.
 * Then adversarial Yjs updates (@parcours/journey/testing adversarialUpdates.ts: crafted item graphs, not mutated bytes) on
 * another board, with the same bounds: refused when outside the layout or over the update's budget.
 * Frames and updates are drawn from the run's test seed (fixed; PARCOURS_TEST_SEED=<n> draws others).
 */
import { addCard, addJourney, readBoard, renameBoard, toSnapshot } from '@parcours/journey';
import { adversarialArbitrary, testSeed } from '@parcours/journey/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  rawConnection,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from '../helpers';
import { cardItems } from '../hostileEdits';
import { type Frame, type FrameKind, frameArbitrary, recordCorpus, syncFrame } from './fuzzFrames';
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
const ADVERSARIAL_CASES = 120;
const ADVERSARIAL_CONCURRENCY = 4;

/**
 * Sends `frames` on one connection and waits until the server closes it: with this many hostile
 * frames one is always rejected (4400). Null when it did not close within the timeout.
 */
function sendOnOneConnection(url: string, frames: readonly Frame[]): Promise<number | null> {
  return rawConnection(url, { timeoutMs: 15_000, startOn: 'open' }, (socket) => {
    for (const { bytes } of frames) socket.send(bytes, { binary: true });
  });
}

/**
 * Sends one adversarial case (its updates in order, 10 ms apart once the server spoke: a burst of
 * cheap updates is the per-connection rate limits' business, not this check's) and resolves with
 * the close code, or null when every update was handled and the connection is still open.
 */
function sendCase(url: string, frames: readonly Uint8Array[]): Promise<number | null> {
  return rawConnection(url, { timeoutMs: 30_000, startOn: 'message' }, async (socket, finish, isDone) => {
    for (const bytes of frames) {
      if (isDone()) return;
      socket.send(bytes, { binary: true });
      await new Promise((r) => setTimeout(r, 10));
    }
    // Frames are handled in order: the reply to a sync step 1 sent now means every update was
    // handled, and accepted since the connection is still open.
    socket.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) finish(null);
    });
    socket.send(syncFrame(0, Uint8Array.of(0)), { binary: true });
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
  it(
    `survives ${ADVERSARIAL_CASES} adversarial Yjs updates (crafted item graphs) while honest clients keep editing`,
    async () => {
      const replay = `seed ${SEED} (replay: PARCOURS_TEST_SEED=${SEED} pnpm vitest run apps/server/test/reliability/fuzz.test.ts)`;
      const target = await createBoard(server.app, { title: 'Cible', locale: 'fr', template: 'blank' });
      // A host client makes the card the attacks aim at; two others keep editing the board's title.
      const host = connect(server.syncUrl, target.id, target.editToken);
      const editors = [0, 1].map(() => connect(server.syncUrl, target.id, target.editToken));
      honest.push(host, ...editors);
      await Promise.all([host, ...editors].map(synced));
      const journeyId = addJourney(host.doc, { title: 'Parcours' });
      const cardId = addCard(host.doc, { journeyId, kind: 'note', text: 'Cible' });
      const anchors = cardItems(host.doc, cardId);
      const room = () => server.app.rooms.loaded(target.id);
      const roomTitle = () => {
        const doc = room()?.doc;
        return doc && readBoard(doc).title;
      };
      await waitFor(() => {
        const doc = room()?.doc;
        return doc !== undefined && cardId in toSnapshot(doc).cards;
      }, 'the target card is on the server');
      const titles: string[] = [];
      editors.forEach((client, i) => {
        let n = 0;
        timers.push(
          setInterval(() => {
            const title = `titre ${i}-${n++}`;
            titles.push(title);
            renameBoard(client.doc, { title });
          }, 20),
        );
      });

      // Distinct blocks of client ids: a case reusing another's ids would be structs the doc already has.
      const drawn = fc.sample(
        fc.uniqueArray(adversarialArbitrary(anchors), {
          minLength: ADVERSARIAL_CASES,
          maxLength: ADVERSARIAL_CASES,
          selector: (c) => c.slot ?? c,
        }),
        { seed: SEED, numRuns: 1 },
      )[0]!;
      // Large deletes may remove the anchors (an editor may delete cards): the walks and chains aimed at
      // them would then land in garbage-collected content, cost nothing and be let through. Last, then.
      const cases = [
        ...drawn.filter((c) => c.kind !== 'large-delete'),
        ...drawn.filter((c) => c.kind === 'large-delete'),
      ];
      const url = `${server.syncUrl}/${target.id}?token=${encodeURIComponent(target.editToken)}`;
      const before = await settledMemory();
      const loop = watchEventLoop();
      const outcomes: Record<string, number> = {};
      for (let at = 0; at < cases.length; at += ADVERSARIAL_CONCURRENCY) {
        const wave = cases.slice(at, at + ADVERSARIAL_CONCURRENCY);
        const codes = await Promise.all(
          wave.map((c) =>
            sendCase(
              url,
              c.updates.map((u) => syncFrame(2, u)),
            ),
          ),
        );
        wave.forEach((c, i) => {
          const key = `${c.kind}: ${codes[i] ?? 'open'}`;
          outcomes[key] = (outcomes[key] ?? 0) + 1;
        });
      }
      const stall = loop.stop();
      for (const t of timers.splice(0)) clearInterval(t);
      // Each editor's last rename: concurrent renames resolve to one of them (by client id, not by time).
      const lastOfEach = [0, 1].map((i) => titles.filter((t) => t.startsWith(`titre ${i}-`)).at(-1));
      await waitFor(
        () => [host, ...editors].every((c) => readBoard(c.doc).title === roomTitle()),
        'honest clients and the server agree',
        30_000,
      );
      const after = await settledMemory();
      writeResult('fuzz-updates', {
        seed: SEED,
        cases: cases.length,
        outcomes: Object.entries(outcomes)
          .map(([k, n]) => `${k} x${n}`)
          .sort(),
        maxEventLoopStallMs: stall.maxMs,
        liveMemoryGrowthMiB: mib(after.live - before.live),
        honestTitles: titles.length,
      });
      expect(
        honest.slice(0, 3).every((c) => c.provider.wsconnected),
        replay,
      ).toBe(true);
      expect(lastOfEach, replay).toContain(roomTitle());
      // Every shape outside the layout is refused; so is every walk or chain over the budget.
      for (const key of Object.keys(outcomes)) {
        if (/^(wrong-shape|root-array|deep-nesting|origin-chain|many-clients)/.test(key))
          expect(key, replay).toMatch(/: 4403$/);
      }
      expect(stall.maxMs, replay).toBeLessThan(MAX_STALL_MS);
      expect(mib(after.live - before.live), replay).toBeLessThan(MAX_GROWTH_MIB);
    },
    TIME_BUDGET_MS,
  );
});
