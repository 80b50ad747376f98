/**
 * Scenario 3, cold sync: a board of 5,000 cards (built with the model's commands) is on the
 * server; fresh clients connect and we time creation-to-synced for 1 client, and for 20 at once
 * (until the last is synced). Parcours's board is stored through its import API; the peers have
 * no import, so a first client pushes the same doc. In both cases a holder client stays
 * connected (Hocuspocus unloads a document without clients, and would lose an unstored one), so
 * every server answers from a loaded doc. Parcours is also timed with the board only in SQLite.
 */
import { toJson } from '@parcours/journey';
import * as Y from 'yjs';
import { closeAll, startAgents } from '../clients/pool';
import { buildBoard } from '../fixtures/boards';
import { median } from '../lib/stats';
import { nowMs, sleep } from '../lib/time';
import { type ServerHandle, startServers, stopServers, type Target } from '../servers/handle';
import { SERVER_KINDS } from '../servers/kinds';
import { Collector, type ScenarioOptions } from './types';

export async function runColdSync(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  // The smoke run checks the machinery on a smaller board; only full runs measure the one.
  const CARDS = options.quick ? 1_000 : 5_000;
  const TOGETHER = options.quick ? 6 : 20;
  const { doc } = buildBoard(CARDS);
  const seed = Y.encodeStateAsUpdate(doc);
  const json = toJson(doc);
  doc.destroy();
  const collector = new Collector();
  collector.define('one', '1 client, creation to synced', 'ms', 'lower');
  collector.define('twenty', `${TOGETHER} clients at once, until the last is synced`, 'ms', 'lower');
  collector.define('twentyMedian', `${TOGETHER} clients at once, median client`, 'ms', 'lower');
  collector.define('unloaded', '1 client, Parcours board only in SQLite (not loaded)', 'ms', 'lower');
  const notes = [
    `${TOGETHER} simultaneous clients over 2 client processes (${TOGETHER / 2} each); every client decodes the whole board, so client CPU is part of these times for every server alike.`,
    `Board: ${CARDS} cards over 8 phases x 5 channels; Yjs state ${(seed.byteLength / 1024).toFixed(0)} KB (the brief's estimate was about 670 KB: our cards carry a 40-70 character text, a kind, a cell and an order).`,
    'Board only in SQLite: imported through the API, then unloaded; Parcours opens a board whose stored snapshot it wrote itself asleep from that snapshot, without building a doc (apps/server/src/relay/knownSnapshots.ts). After a restart, the first load of a board builds its doc (one Y.applyUpdate of the whole board).',
  ];
  const servers = await startServers(SERVER_KINDS, options.serverFlags);
  // Two probe processes share the simultaneous clients: decoding the board is client work, and
  // one process would make 20 clients queue behind each other.
  const [holder, probe, probe2] = await startAgents(3);
  try {
    for (const [kind, server] of servers) {
      try {
        const target = await seedRoom(server, json, seed, holder!);
        for (let rep = 0; rep < options.reps; rep++) {
          const one = await probe!.connect({ targets: [target], perTarget: 1 });
          if (one.firstDocBytes < seed.byteLength * 0.9) {
            throw new Error(`a fresh client got ${one.firstDocBytes} bytes of ${seed.byteLength}`);
          }
          await probe!.disconnectAll();
          collector.add('one', kind, one.syncMs[0]!);
          await sleep(100);
          const halves = await Promise.all(
            [probe!, probe2!].map((p) => p.connect({ targets: [target], perTarget: TOGETHER / 2 })),
          );
          await Promise.all([probe!.disconnectAll(), probe2!.disconnectAll()]);
          const many = { syncMs: halves.flatMap((h) => h.syncMs) };
          collector.add('twenty', kind, Math.max(...many.syncMs));
          collector.add('twentyMedian', kind, median(many.syncMs));
          options.log(
            `  coldsync ${kind} rep ${rep + 1}: 1 client ${one.syncMs[0]!.toFixed(0)} ms, ${TOGETHER} clients ${Math.max(...many.syncMs).toFixed(0)} ms`,
          );
          await sleep(100);
        }
      } catch (err) {
        options.log(`  coldsync ${kind} failed: ${(err as Error).message}`);
        collector.fail(['one', 'twenty', 'twentyMedian'], kind, err);
      } finally {
        await holder!.disconnectAll();
      }
    }
    const parcours = servers.get('parcours');
    if (parcours) await measureUnloaded(parcours, json, probe!, collector, options);
  } finally {
    await closeAll([holder!, probe!, probe2!]);
    await stopServers(servers);
  }
  return { collector, notes };
}

/** A room holding the 5,000-card board, with `holder` connected to it. */
async function seedRoom(
  server: ServerHandle,
  json: unknown,
  seed: Uint8Array,
  holder: Awaited<ReturnType<typeof startAgents>>[number],
): Promise<Target> {
  if (server.kind === 'parcours') {
    const target = await server.newRoom(json);
    await holder.connect({ targets: [target], perTarget: 1 });
    return target;
  }
  const target = await server.newRoom();
  await holder.connect({ targets: [target], perTarget: 1, seed: Buffer.from(seed).toString('base64') });
  // The holder's "synced" means it has the server's (empty) state; its own push follows. Give the
  // server time to apply it; the first measured client checks that it got the whole board.
  await sleep(1_000);
  return target;
}

async function measureUnloaded(
  server: ServerHandle,
  json: unknown,
  probe: Awaited<ReturnType<typeof startAgents>>[number],
  collector: Collector,
  options: ScenarioOptions,
): Promise<void> {
  try {
    const target = await server.newRoom(json);
    for (let rep = 0; rep < options.reps; rep++) {
      await waitUnloaded(server);
      const one = await probe.connect({ targets: [target], perTarget: 1 });
      await probe.disconnectAll();
      collector.add('unloaded', 'parcours', one.syncMs[0]!);
      options.log(`  coldsync parcours unloaded rep ${rep + 1}: ${one.syncMs[0]!.toFixed(0)} ms`);
    }
  } catch (err) {
    collector.fail(['unloaded'], 'parcours', err);
  }
}

async function waitUnloaded(server: ServerHandle): Promise<void> {
  const deadline = nowMs() + 20_000;
  while ((await server.loadedBoards()) !== 0) {
    if (nowMs() > deadline) throw new Error('the board did not unload within 20 s');
    await sleep(100);
  }
}
