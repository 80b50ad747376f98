/**
 * Leaks: 1,000 open/close cycles of stock clients over 100 boards (each client syncs, edits,
 * announces its presence, leaves). Afterwards no board is loaded, no connection, socket, timer or
 * listener is left over, and the process's RSS is within 20 MiB of where it started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CreatedBoard, connect, createBoard, startServer, synced, type TestServer, waitFor } from '../helpers';
import { settledMemory } from './memory';
import { mib, writeResult } from './results';

const BOARDS = 100;
const CYCLES = 1_000;
const CONCURRENT = 10;
const MAX_RSS_GROWTH_MIB = 20;
const TIME_BUDGET_MS = 120_000;

/** Counts of what keeps a process busy: sockets, timers, servers... by type. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

function listenerCounts(): Record<string, number> {
  return Object.fromEntries(
    ['exit', 'SIGINT', 'SIGTERM', 'uncaughtException', 'unhandledRejection', 'warning'].map((e) => [
      e,
      process.listenerCount(e),
    ]),
  );
}

describe('leaks', () => {
  let server: TestServer;
  let boards: CreatedBoard[];
  beforeAll(async () => {
    server = await startServer({ logLevel: false, heartbeatMs: 60_000 });
    boards = [];
    for (let i = 0; i < BOARDS; i++) boards.push(await createBoard(server.app));
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Keys written with an edit token, by board. */
  const edits = new Map<string, Set<string>>();

  /** One user opening a board, doing a little, and closing the tab. */
  async function cycle(i: number): Promise<void> {
    const board = boards[i % BOARDS]!;
    const viewer = i % 4 === 3;
    if (!viewer) edits.set(board.id, (edits.get(board.id) ?? new Set()).add(`k${i}`));
    const client = connect(server.syncUrl, board.id, viewer ? board.viewToken : board.editToken);
    try {
      await synced(client);
      client.provider.awareness.setLocalStateField('cursor', { x: i, y: i });
      client.doc.getMap('leaks').set(`k${i}`, i);
      await new Promise((resolve) => setTimeout(resolve, 5));
    } finally {
      client.destroy();
    }
  }

  it(
    `leaves nothing behind after ${CYCLES} open/close cycles over ${BOARDS} boards`,
    async () => {
      process.setMaxListeners(0);
      // Warm-up: lazy module state, JIT and pools settle before the baseline.
      for (let i = 0; i < 2 * CONCURRENT; i += CONCURRENT)
        await Promise.all(Array.from({ length: CONCURRENT }, (_, j) => cycle(i + j)));
      await waitFor(() => server.app.rooms.stats.boards === 0, 'warm-up boards unloaded', 30_000);
      const before = await settledMemory();
      const listenersBefore = listenerCounts();
      const resourcesBefore = activeResources();

      const start = performance.now();
      let done = 0;
      while (done < CYCLES && performance.now() - start < TIME_BUDGET_MS) {
        const wave = Array.from({ length: Math.min(CONCURRENT, CYCLES - done) }, (_, j) => cycle(done + j));
        await Promise.all(wave);
        done += wave.length;
      }
      await waitFor(
        () => server.app.rooms.stats.boards === 0 && server.app.rooms.stats.connections === 0,
        'every board unloaded and every connection gone',
        30_000,
      );
      await waitFor(() => server.app.websocketServer.clients.size === 0, 'websocket server empty', 10_000);
      const openSockets = await new Promise<number>((resolve, reject) =>
        server.app.server.getConnections((err, count) => (err ? reject(err) : resolve(count))),
      );
      // Closing sockets arm `ws` close timers (30 s at most) that end by themselves: wait, bounded,
      // for the timers to come back to the baseline; a timer that never goes is a leak and fails here.
      await waitFor(
        () => (activeResources().Timeout ?? 0) <= (resourcesBefore.Timeout ?? 0),
        'pending timers back to the baseline',
        45_000,
      );
      const after = await settledMemory();
      const listenersAfter = listenerCounts();
      const resourcesAfter = activeResources();

      writeResult('leaks', {
        cycles: done,
        boards: BOARDS,
        boardsLoadedAfter: server.app.rooms.stats.boards,
        connectionsAfter: server.app.rooms.stats.connections,
        openSocketsAfter: openSockets,
        rssBeforeMiB: mib(before.rss),
        rssAfterMiB: mib(after.rss),
        rssGrowthMiB: mib(after.rss - before.rss),
        liveMemoryGrowthMiB: mib(after.live - before.live),
        processListenersBefore: Object.values(listenersBefore).reduce((a, b) => a + b, 0),
        processListenersAfter: Object.values(listenersAfter).reduce((a, b) => a + b, 0),
        activeResourcesAfter: Object.entries(resourcesAfter).map(([k, n]) => `${k}: ${n}`),
        wallMs: Math.round(performance.now() - start),
      });
      expect(done, `only ${done} cycles within ${TIME_BUDGET_MS} ms`).toBe(CYCLES);
      expect(server.app.rooms.stats).toEqual({ boards: 0, asleep: 0, connections: 0 });
      expect(openSockets).toBe(0);
      expect(listenersAfter).toEqual(listenersBefore);
      // A leak is growth: no kind of handle may be more numerous than before (timers the warm-up's
      // clients left pending may have fired meanwhile, so fewer is fine).
      for (const [type, count] of Object.entries(resourcesAfter)) {
        expect(count, `${type} handles after the cycles`).toBeLessThanOrEqual(resourcesBefore[type] ?? 0);
      }
      expect(mib(after.rss - before.rss)).toBeLessThan(MAX_RSS_GROWTH_MIB);
      // Every edit made by an editor was stored before its board was unloaded; no viewer's was.
      for (const board of boards) {
        const stored = await server.app.rooms.read(board.id, (doc) => [...doc.getMap('leaks').keys()].sort());
        expect(stored, board.id).toEqual([...(edits.get(board.id) ?? [])].sort());
      }
    },
    TIME_BUDGET_MS + 60_000,
  );
});
