/**
 * Scenario 4, memory: 100 boards of 500 cards, each with one connected client, then idle. RSS per
 * board = (server RSS with them loaded - RSS of the fresh server) / boards, both after a full GC.
 * Then every client leaves: RSS again, and for Parcours how many boards /api/health says are still
 * loaded. A fresh server per repetition, so one repetition's garbage is not the next one's baseline.
 */
import { toJson } from '@parcours/journey';
import * as Y from 'yjs';
import { closeAll, split, startAgents } from '../clients/pool';
import { buildBoard } from '../fixtures/boards';
import { nowMs, sleep } from '../lib/time';
import { ServerHandle, type Target } from '../servers/handle';
import { SERVER_KINDS, type ServerKind } from '../servers/kinds';
import { Collector, type ScenarioOptions } from './types';

const CARDS = 500;
/**
 * How long the boards stay idle before RSS is read, for every server alike: longer than Parcours's
 * default BOARD_SLEEP_MS (10 s), after which an idle board keeps only its encoded state.
 */
const IDLE_MS = 12_000;

export async function runMemory(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const boards = options.quick ? 30 : 100;
  const { doc } = buildBoard(CARDS);
  const seed = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  const json = toJson(doc);
  doc.destroy();
  const collector = new Collector();
  collector.define(
    'rss-per-board',
    `RSS per loaded idle ${CARDS}-card board (${boards} boards, 1 client each)`,
    'KB',
    'lower',
  );
  collector.define('heap-per-board', 'JS heap per loaded idle board', 'KB', 'lower');
  collector.define('live-per-board', 'live memory (JS heap + buffers) per loaded idle board', 'KB', 'lower');
  collector.define(
    'board-memory',
    'memory per loaded idle board: the larger of the RSS and live-memory figures',
    'KB',
    'lower',
  );
  collector.define('rss-after', 'RSS above the fresh server after every client left', 'MB', 'lower');
  collector.define(
    'loaded-after',
    'boards still loaded after every client left (Parcours /api/health)',
    'boards',
    'lower',
  );
  const notes = [
    `${boards} boards x ${CARDS} cards (Yjs state ${(Buffer.from(seed, 'base64').byteLength / 1024).toFixed(0)} KB each), one client per board over 2 client processes; RSS read in the server process after 3 forced full GCs.`,
    'Per-board figures include the server side of one websocket connection per board, for every server alike.',
    'RSS deltas are coarse: V8 gives pages back to the system after a full GC, so a server holding little per board can end below its baseline. Live memory (heap + buffers, process.memoryUsage) counts what the boards hold; the target is checked on the larger of the two.',
    `RSS is read after ${IDLE_MS / 1000} s without an edit. Parcours then holds each board as its encoded Yjs state only (BOARD_SLEEP_MS, default 10 s; the next edit rebuilds the doc); the peers keep a live Y.Doc per board.`,
    'The reference server keeps every document in memory for the life of the process when it has no persistence (its default).',
  ];
  const agents = await startAgents(2);
  try {
    for (let rep = 0; rep < options.reps; rep++) {
      for (const kind of SERVER_KINDS) {
        await measure(kind, rep);
      }
    }
  } finally {
    await closeAll(agents);
  }
  return { collector, notes };

  async function measure(kind: ServerKind, rep: number): Promise<void> {
    const server = await ServerHandle.start(kind, options.serverFlags);
    try {
      const targets: Target[] = [];
      for (let i = 0; i < boards; i++) targets.push(await server.newRoom(kind === 'parcours' ? json : undefined));
      const parts = split(boards, agents.length);
      const starts = parts.map((_, i) => parts.slice(0, i).reduce((a, b) => a + b, 0));
      // Warm-up: a few boards loaded and left, so code compiled on first use (and, for Parcours,
      // tsx's transpiling) is in the baseline rather than counted as the boards' memory.
      const warmup: Target[] = [];
      for (let i = 0; i < 5; i++) warmup.push(await server.newRoom(kind === 'parcours' ? json : undefined));
      await agents[0]!.connect({
        targets: warmup,
        perTarget: 1,
        timeoutMs: 60_000,
        ...(kind === 'parcours' ? {} : { seed }),
      });
      await agents[0]!.disconnectAll();
      await waitForUnload(server, 20_000);
      await sleep(500);
      const base = await server.stats(true);
      await Promise.all(
        agents.map((agent, i) => {
          const mine = targets.slice(starts[i]!, starts[i]! + parts[i]!);
          // Peers get the board from their client (they have no import); Parcours has it stored.
          return agent.connect({
            targets: mine,
            perTarget: 1,
            timeoutMs: 120_000,
            ...(kind === 'parcours' ? {} : { seed }),
          });
        }),
      );
      // Idle: pushes and compactions settle, and Parcours's idle boards go to sleep.
      await sleep(IDLE_MS);
      const loaded = await server.stats(true);
      collector.add('rss-per-board', kind, (loaded.rss - base.rss) / boards / 1024);
      collector.add('heap-per-board', kind, (loaded.heapUsed - base.heapUsed) / boards / 1024);
      const live = (loaded.heapUsed + loaded.external - base.heapUsed - base.external) / boards / 1024;
      collector.add('live-per-board', kind, live);
      collector.add('board-memory', kind, Math.max(live, (loaded.rss - base.rss) / boards / 1024));
      await Promise.all(agents.map((a) => a.disconnectAll()));
      const stillLoaded = await waitForUnload(server, 20_000);
      const after = await server.stats(true);
      collector.add('rss-after', kind, (after.rss - base.rss) / 2 ** 20);
      if (stillLoaded !== null) collector.add('loaded-after', kind, stillLoaded);
      options.log(
        `  memory ${kind} rep ${rep + 1}: ${((loaded.rss - base.rss) / boards / 1024).toFixed(0)} KB RSS per board, ${((after.rss - base.rss) / 2 ** 20).toFixed(1)} MB after leave, loaded after: ${stillLoaded ?? 'n/a'}`,
      );
    } catch (err) {
      options.log(`  memory ${kind} failed: ${(err as Error).message}`);
      collector.fail(['rss-per-board', 'heap-per-board', 'rss-after'], kind, err);
    } finally {
      await Promise.allSettled(agents.map((a) => a.disconnectAll()));
      await server.stop();
    }
  }
}

/** Parcours: waits until /api/health reports no loaded board (or the timeout); peers: 3 s. */
async function waitForUnload(server: ServerHandle, timeoutMs: number): Promise<number | null> {
  if (server.kind !== 'parcours') {
    await sleep(1_500);
    return null;
  }
  const deadline = nowMs() + timeoutMs;
  let loaded = await server.loadedBoards();
  while (loaded !== 0 && nowMs() < deadline) {
    await sleep(200);
    loaded = await server.loadedBoards();
  }
  return loaded;
}
