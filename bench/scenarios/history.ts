/**
 * Board history, in this process on the real server parts (SQLite store in a temp dir, Rooms,
 * Checkpointer, restoreVersion): the event-loop time one automatic checkpoint of a 5,000-card board
 * takes (encoding, the summary's diff against the previous checkpoint, the insert), the model's
 * diff of two 5,000-card versions, a restore end to end (safety checkpoint, restore command,
 * stored), and the bytes an automatic checkpoint takes. Issue 14's targets: < 50 ms, < 100 ms,
 * < 300 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffBoards, removePhase, setCardText, toSnapshot } from '@parcours/journey';
import * as Y from 'yjs';
import { ExportPool } from '../../apps/server/src/export/exportPool';
import { Checkpointer } from '../../apps/server/src/history/checkpointer';
import { notesInPool } from '../../apps/server/src/history/checkpointSummary';
import { restoreVersion } from '../../apps/server/src/history/restoreVersion';
import { Rooms } from '../../apps/server/src/relay/rooms';
import { openSqliteStore } from '../../apps/server/src/storage/sqlite';
import { buildBoard } from '../fixtures/boards';
import { median } from '../lib/stats';
import { nowMs } from '../lib/time';
import { Collector, type ScenarioOptions } from './types';

const CARDS = 5_000;

const silent = {
  level: 'silent',
  fatal() {},
  error() {},
  warn() {},
  info() {},
  debug() {},
  trace() {},
  silent() {},
  child() {
    return silent;
  },
} as unknown as ConstructorParameters<typeof Checkpointer>[0]['log'];

/** Event-loop time (ms) `work` keeps the loop busy, awaits excluded. */
async function busyMs(work: () => Promise<unknown>): Promise<number> {
  const before = performance.eventLoopUtilization();
  await work();
  return performance.eventLoopUtilization(before).active;
}

export async function runHistory(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const iterations = options.quick ? 3 : 10;
  const collector = new Collector();
  collector.define(
    'checkpoint',
    `automatic checkpoint of a ${CARDS.toLocaleString('en')}-card board (event-loop time)`,
    'ms',
    'lower',
  );
  collector.define('diff', `diffBoards of two ${CARDS.toLocaleString('en')}-card versions`, 'ms', 'lower');
  collector.define('restore', `restore of a ${CARDS.toLocaleString('en')}-card board, end to end`, 'ms', 'lower');
  collector.define('bytes', `bytes per automatic checkpoint, ${CARDS.toLocaleString('en')} cards`, 'KB', 'lower');
  const notes = [
    `Medians of ${iterations} iterations per repetition. Checkpoint: room.encoded(), the summary (the previous checkpoint decoded, both snapshots read, diffBoards: in an export worker, as the server does) and the SQLite insert, as the main thread's event-loop utilisation. Restore: restoreVersion on a board whose phase (${CARDS / 8} cards) was deleted and 100 card texts changed since the version, until stored.`,
  ];

  const dir = mkdtempSync(join(tmpdir(), 'parcours-bench-history-'));
  const store = openSqliteStore({ file: join(dir, 'bench.sqlite') });
  // As the server runs it: each checkpoint's summary in an export worker (history/checkpointSummary.ts).
  const pool = new ExportPool({ workers: 1 });
  const checkpointer = new Checkpointer({ store, log: silent, offLoop: notesInPool(pool) });
  const rooms = new Rooms({ store, log: silent, history: checkpointer, sleepAfterMs: 0 });
  try {
    const board = buildBoard(CARDS);
    const boardId = 'bench-history';
    await store.create({ id: boardId, snapshot: Y.encodeStateAsUpdate(board.doc), tokens: [] });
    const version = toSnapshot(board.doc);
    const phaseId = Object.values(version.phases).find((p) => p.journeyId === board.journeyId)!.id;
    const cardIds = Object.keys(version.cards);

    for (let rep = 0; rep < options.reps; rep++) {
      const checkpoints: number[] = [];
      const bytes: number[] = [];
      const diffs: number[] = [];
      const restores: number[] = [];
      await rooms.use(boardId, async (room) => {
        for (let i = -1; i < iterations; i++) {
          setCardText(room.doc, { cardId: cardIds[(i + 1 + rep * 97) % cardIds.length]!, text: `Modifié ${rep} ${i}` });
          let size = 0;
          const ms = await busyMs(async () => {
            size = (await checkpointer.checkpointRoom(room))?.bytes ?? Number.NaN;
          });
          if (i < 0) continue;
          checkpoints.push(ms);
          bytes.push(size / 1024);
        }
      });

      // Two versions: the second with a phase deleted and 100 texts changed.
      const edited = new Y.Doc();
      Y.applyUpdate(edited, Y.encodeStateAsUpdate(board.doc));
      removePhase(edited, { phaseId });
      for (let i = 0; i < 100; i++) setCardText(edited, { cardId: cardIds[i * 37]!, text: `Changé ${i}` });
      const after = toSnapshot(edited);
      for (let i = -2; i < iterations; i++) {
        const t0 = nowMs();
        diffBoards(version, after);
        if (i >= 0) diffs.push(nowMs() - t0);
      }

      // Restore end to end: the saved version, then the same damage on the live board, then back.
      const saved = await checkpointer.take(boardId, Y.encodeStateAsUpdate(board.doc), 'named', { name: 'avant' });
      for (let i = -1; i < iterations; i++) {
        await rooms.use(boardId, async (room) => {
          removePhase(room.doc, { phaseId });
          for (let k = 0; k < 100; k++) setCardText(room.doc, { cardId: cardIds[k * 37]!, text: `Changé ${i} ${k}` });
          await room.flush();
        });
        const t0 = nowMs();
        await restoreVersion({ store, rooms, checkpointer }, boardId, saved.id, { scope: 'board' }, []);
        if (i >= 0) restores.push(nowMs() - t0);
      }
      edited.destroy();

      collector.add('checkpoint', 'server', median(checkpoints));
      collector.add('bytes', 'server', median(bytes));
      collector.add('diff', 'model', median(diffs));
      collector.add('restore', 'server', median(restores));
      options.log(
        `  history rep ${rep + 1}: checkpoint ${median(checkpoints).toFixed(1)} ms, diff ${median(diffs).toFixed(1)} ms, restore ${median(restores).toFixed(0)} ms, ${median(bytes).toFixed(0)} KB`,
      );
    }
    board.doc.destroy();
  } finally {
    await rooms.close();
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { collector, notes };
}
