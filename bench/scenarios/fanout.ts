/**
 * Scenario 1, fan-out latency: one writer makes 25 edits per second on one board read by N
 * clients; each edit carries its send time, each reader notes its arrival. p50 and p99 over all
 * (edit, reader) pairs of a repetition.
 */
import { closeAll, split, startAgents } from '../clients/pool';
import { buildEditBoard, newEditRoom } from '../fixtures/editBoard';
import { percentile } from '../lib/stats';
import { sleep } from '../lib/time';
import { startServers, stopServers } from '../servers/handle';
import { SERVER_KINDS } from '../servers/kinds';
import { Collector, type ScenarioOptions } from './types';

const RATE = 25;

export async function runFanout(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const readerCounts = options.quick ? [10, 50] : [10, 50, 200];
  const seconds = options.quick ? 2 : 5;
  const edits = RATE * seconds;
  const collector = new Collector();
  const notes = [
    `${RATE} edits/s for ${seconds} s per repetition (${edits} edits), after 10 warm-up edits; readers spread over 2 client processes, the writer in a third.`,
  ];
  const board = buildEditBoard();
  const servers = await startServers(SERVER_KINDS, options.serverFlags);
  const readers = await startAgents(2);
  const [writer] = await startAgents(1);
  try {
    for (const n of readerCounts) {
      const keys = [`p50-${n}`, `p99-${n}`, `lost-${n}`];
      collector.define(keys[0]!, `p50, N = ${n}`, 'ms', 'lower');
      collector.define(keys[1]!, `p99, N = ${n}`, 'ms', 'lower');
      for (let rep = 0; rep < options.reps; rep++) {
        for (const [kind, server] of servers) {
          try {
            const { target, seed } = await newEditRoom(server, board);
            const perAgent = split(n, readers.length);
            await Promise.all(readers.map((a, i) => a.connect({ targets: [target], perTarget: perAgent[i]!, seed })));
            await writer!.connect({ targets: [target], perTarget: 1, seed });
            await writer!.write({ writer: 'warm', edits: 10, rate: RATE }, 10_000);
            await sleep(200);
            await Promise.all(readers.map((a) => a.record(edits, true)));
            await writer!.write({ writer: 'w', edits, rate: RATE }, (seconds + 10) * 1000);
            await Promise.all(readers.map((a) => a.waitAll(10_000)));
            const results = await Promise.all(readers.map((a) => a.results()));
            const latencies = results.flatMap((r) => r.latenciesUs);
            const missing = n * edits - results.reduce((sum, r) => sum + r.received.reduce((a, b) => a + b, 0), 0);
            if (missing > 0) throw new Error(`${missing} of ${n * edits} deliveries never arrived`);
            collector.add(keys[0]!, kind, percentile(latencies, 50) / 1000);
            collector.add(keys[1]!, kind, percentile(latencies, 99) / 1000);
            options.log(
              `  fanout N=${n} ${kind} rep ${rep + 1}: p50 ${(percentile(latencies, 50) / 1000).toFixed(2)} ms, p99 ${(percentile(latencies, 99) / 1000).toFixed(2)} ms`,
            );
          } catch (err) {
            options.log(`  fanout N=${n} ${kind} failed: ${(err as Error).message}`);
            collector.fail(keys.slice(0, 2), kind, err);
          } finally {
            await Promise.allSettled([...readers, writer!].map((a) => a.disconnectAll()));
          }
        }
      }
    }
  } finally {
    await closeAll([...readers, writer!]);
    await stopServers(servers);
  }
  return { collector, notes };
}
