/**
 * Scenario 2, burst throughput: 5 writers send 5,000 edits in all as fast as their event loop
 * allows (batches of 50 per turn), 50 readers. Throughput: edits / time until the last reader has
 * all of them. CPU: the server process's CPU time over the burst / (edits x readers).
 */
import { closeAll, split, startAgents } from '../clients/pool';
import { buildEditBoard, newEditRoom } from '../fixtures/editBoard';
import { nowUs, sleep } from '../lib/time';
import { startServers, stopServers } from '../servers/handle';
import { SERVER_KINDS } from '../servers/kinds';
import { Collector, type ScenarioOptions } from './types';

const WRITERS = 5;
const READERS = 50;

export async function runBurst(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const total = options.quick ? 2_500 : 5_000;
  const perWriter = total / WRITERS;
  const collector = new Collector();
  collector.define('throughput', `edits/s delivered to all ${READERS} readers`, 'edits/s', 'higher');
  collector.define('cpu', 'server CPU per delivered edit (edit x reader)', 'µs', 'lower');
  collector.define('clientCpu', 'reader processes CPU per delivered edit', 'µs', 'lower');
  const notes = [
    `${WRITERS} writers x ${perWriter} edits (${total} in all), batches of 50 edits per event-loop turn per writer; ${READERS} readers over 2 client processes, writers in a third.`,
    "Every server gets the same edits from the same clients (each sets one new key of a card's votes map to a number, which fits the board's layout); Parcours stores each tick of updates in SQLite before relaying it.",
  ];
  const board = buildEditBoard();
  const servers = await startServers(SERVER_KINDS, options.serverFlags);
  const readers = await startAgents(2);
  const [writer] = await startAgents(1);
  try {
    for (let rep = 0; rep < options.reps; rep++) {
      for (const [kind, server] of servers) {
        try {
          const { target, seed } = await newEditRoom(server, board);
          const perAgent = split(READERS, readers.length);
          await Promise.all(readers.map((a, i) => a.connect({ targets: [target], perTarget: perAgent[i]!, seed })));
          await writer!.connect({ targets: [target], perTarget: WRITERS, seed });
          await sleep(300);
          await Promise.all(readers.map((a) => a.record(total, false)));
          const clientCpuBefore = await Promise.all(readers.map((a) => a.results().then((r) => r.cpuUs)));
          await Promise.all(readers.map((a) => a.record(total, false)));
          const before = await server.stats();
          const start = nowUs();
          await writer!.write({ writer: 'b', edits: perWriter, batch: 50 }, 60_000);
          const done = await Promise.all(readers.map((a) => a.waitAll(60_000)));
          const after = await server.stats();
          const results = await Promise.all(readers.map((a) => a.results()));
          if (done.some((d) => d === null)) {
            const got = results.flatMap((r) => r.received);
            throw new Error(`not every reader got all edits within 60 s (least: ${Math.min(...got)} of ${total})`);
          }
          const seconds = (Math.max(...(done as number[])) - start) / 1e6;
          const deliveries = total * READERS;
          const clientCpu = results.reduce((sum, r, i) => sum + r.cpuUs - clientCpuBefore[i]!, 0);
          collector.add('throughput', kind, total / seconds);
          collector.add('cpu', kind, (after.cpuUs - before.cpuUs) / deliveries);
          collector.add('clientCpu', kind, clientCpu / deliveries);
          options.log(
            `  burst ${kind} rep ${rep + 1}: ${(total / seconds).toFixed(0)} edits/s, ${((after.cpuUs - before.cpuUs) / deliveries).toFixed(2)} µs server CPU per delivery`,
          );
        } catch (err) {
          options.log(`  burst ${kind} failed: ${(err as Error).message}`);
          collector.fail(['throughput', 'cpu', 'clientCpu'], kind, err);
        } finally {
          await Promise.allSettled([...readers, writer!].map((a) => a.disconnectAll()));
        }
      }
    }
  } finally {
    await closeAll([...readers, writer!]);
    await stopServers(servers);
  }
  return { collector, notes };
}
