/**
 * Scenario 2, burst throughput: 5 writers send 5,000 edits in all as fast as they can, 50 readers,
 * in two modes, every server in both:
 * - stock: the writers are stock providers that make each edit in their Y.Doc (one transaction,
 *   one update message each), 50 edits per writer per event-loop turn;
 * - pre-encoded: each writer's edits are encoded before the clock starts and sent one update per
 *   websocket message, one message per writer per event-loop turn, on the provider's own socket:
 *   what the server gets is the same kind of messages, and the writers' own CPU is nearly nil, so
 *   the server, not the clients, is what is measured.
 * Throughput: edits / time until the last reader has all of them. CPU: the server process's CPU
 * time over the burst / (edits x readers); the client processes' CPU is reported too, so a reader
 * of the table can see when the clients were the limit.
 */
import { type Agent, closeAll, split, startAgents } from '../clients/pool';
import { buildEditBoard, newEditRoom } from '../fixtures/editBoard';
import { nowUs, sleep } from '../lib/time';
import { type ServerHandle, startServers, stopServers } from '../servers/handle';
import { SERVER_KINDS, type ServerKind } from '../servers/kinds';
import { Collector, type ScenarioOptions } from './types';

const WRITERS = 5;
const READERS = 50;
const STOCK_BATCH = 50;

type Mode = 'stock' | 'raw';
const MODES: readonly Mode[] = ['stock', 'raw'];
const MODE_LABELS: Record<Mode, string> = {
  stock: 'stock providers',
  raw: 'pre-encoded, one update per message',
};

export async function runBurst(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const total = options.quick ? 2_500 : 5_000;
  const perWriter = total / WRITERS;
  const collector = new Collector();
  for (const mode of MODES) {
    const label = MODE_LABELS[mode];
    collector.define(
      `throughput.${mode}`,
      `${label}: edits/s delivered to all ${READERS} readers`,
      'edits/s',
      'higher',
    );
    collector.define(`cpu.${mode}`, `${label}: server CPU per delivered edit (edit x reader)`, 'µs', 'lower');
    collector.define(`readerCpu.${mode}`, `${label}: reader processes CPU per delivered edit`, 'µs', 'lower');
    collector.define(`writerCpu.${mode}`, `${label}: writer process CPU per edit sent`, 'µs', 'lower');
  }
  const notes = [
    `${WRITERS} writers x ${perWriter} edits (${total} in all); ${READERS} readers over 2 client processes, writers in a third. Every server gets the same edits from the same clients (each sets one new key of a card's votes map to a number, which fits the board's layout); Parcours stores each tick of updates in SQLite before relaying it.`,
    `Stock providers: each writer makes its edits in its Y.Doc, one transaction and one update message each, ${STOCK_BATCH} per writer per event-loop turn.`,
    "Pre-encoded, one update per message: the same edits encoded by each writer before the clock starts, then sent one update per websocket message, one message per writer per event-loop turn, on the provider's own socket (no client-side batching, and almost no writer CPU: the server is what is measured).",
    'Reader processes CPU is per delivered edit (edit x reader); writer process CPU is per edit sent.',
  ];
  const board = buildEditBoard();
  const servers = await startServers(SERVER_KINDS, options.serverFlags);
  const readers = await startAgents(2);
  const [writer] = await startAgents(1);
  try {
    for (let rep = 0; rep < options.reps; rep++) {
      for (const mode of MODES) {
        for (const [kind, server] of servers) {
          await measure({ mode, kind, server, readers, writer: writer!, total, perWriter, board, collector, options });
        }
      }
    }
  } finally {
    await closeAll([...readers, writer!]);
    await stopServers(servers);
  }
  return { collector, notes };
}

interface Measure {
  readonly mode: Mode;
  readonly kind: ServerKind;
  readonly server: ServerHandle;
  readonly readers: readonly Agent[];
  readonly writer: Agent;
  readonly total: number;
  readonly perWriter: number;
  readonly board: ReturnType<typeof buildEditBoard>;
  readonly collector: Collector;
  readonly options: ScenarioOptions;
}

async function measure(m: Measure): Promise<void> {
  const { mode, kind, server, readers, writer, total, collector } = m;
  const keys = [`throughput.${mode}`, `cpu.${mode}`, `readerCpu.${mode}`, `writerCpu.${mode}`];
  try {
    const { target, seed } = await newEditRoom(server, m.board);
    const perAgent = split(READERS, readers.length);
    await Promise.all(readers.map((a, i) => a.connect({ targets: [target], perTarget: perAgent[i]!, seed })));
    await writer.connect({ targets: [target], perTarget: WRITERS, seed });
    if (mode === 'raw') await writer.prepare('r', m.perWriter);
    await sleep(300);
    await Promise.all(readers.map((a) => a.record(total, false)));
    const readerCpuBefore = await Promise.all(readers.map((a) => a.cpuUs()));
    const writerCpuBefore = await writer.cpuUs();
    const before = await server.stats();
    const start = nowUs();
    if (mode === 'raw') await writer.sendPrepared(WRITERS, 60_000);
    else await writer.write({ writer: 'b', edits: m.perWriter, batch: STOCK_BATCH }, 60_000);
    const done = await Promise.all(readers.map((a) => a.waitAll(60_000)));
    const after = await server.stats();
    const writerCpu = (await writer.cpuUs()) - writerCpuBefore;
    const results = await Promise.all(readers.map((a) => a.results()));
    if (done.some((d) => d === null)) {
      const got = results.flatMap((r) => r.received);
      throw new Error(`not every reader got all edits within 60 s (least: ${Math.min(...got)} of ${total})`);
    }
    const seconds = (Math.max(...(done as number[])) - start) / 1e6;
    const deliveries = total * READERS;
    const readerCpu = results.reduce((sum, r, i) => sum + r.cpuUs - readerCpuBefore[i]!, 0);
    const serverCpu = (after.cpuUs - before.cpuUs) / deliveries;
    collector.add(`throughput.${mode}`, kind, total / seconds);
    collector.add(`cpu.${mode}`, kind, serverCpu);
    collector.add(`readerCpu.${mode}`, kind, readerCpu / deliveries);
    collector.add(`writerCpu.${mode}`, kind, writerCpu / total);
    m.options.log(
      `  burst ${mode} ${kind}: ${(total / seconds).toFixed(0)} edits/s, ${serverCpu.toFixed(2)} µs server CPU per delivery, readers ${(readerCpu / deliveries).toFixed(2)} µs, writer ${(writerCpu / total).toFixed(1)} µs per edit`,
    );
  } catch (err) {
    m.options.log(`  burst ${mode} ${kind} failed: ${(err as Error).message}`);
    collector.fail(keys, kind, err);
  } finally {
    await Promise.allSettled([...readers, writer].map((a) => a.disconnectAll()));
  }
}
