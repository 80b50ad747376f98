/**
 * `pnpm bench [-- --quick] [--only <id>[,<id>]] [--merge] [--profile] [--reps <n>]`: runs the
 * scenarios against Parcours, @y/websocket-server and Hocuspocus started in this run, writes the
 * raw JSON to bench/results/ and, for a full run, docs/BENCHMARKS.md. A partial run writes
 * bench/results/preview.md, or replaces its scenarios in the published page with --merge.
 * --profile adds --cpu-prof to the server children (profiles in bench/results/profiles/).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAverage, machineInfo } from './lib/machine';
import { nowMs } from './lib/time';
import { writeReport } from './report';
import { SCENARIOS } from './scenarios/index';
import { Collector, type ScenarioResult } from './scenarios/types';

interface Cli {
  readonly quick: boolean;
  readonly only: readonly string[] | null;
  readonly profile: boolean;
  readonly reps: number;
  readonly merge: boolean;
  readonly publish: boolean;
}

function parseCli(argv: readonly string[]): Cli {
  const args = argv.filter((a) => a !== '--');
  const at = args.indexOf('--only');
  const repsAt = args.indexOf('--reps');
  const only = at === -1 ? null : (args[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = only?.filter((id) => !SCENARIOS.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  }
  const reps = repsAt === -1 ? 3 : Math.max(3, Number(args[repsAt + 1]));
  return {
    quick: args.includes('--quick'),
    only,
    profile: args.includes('--profile'),
    reps,
    merge: args.includes('--merge'),
    publish: args.includes('--publish'),
  };
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  const started = new Date();
  const t0 = nowMs();
  const log = (line: string) => console.log(line);
  const profileDir = fileURLToPath(new URL('./results/profiles/', import.meta.url));
  if (cli.profile) mkdirSync(profileDir, { recursive: true });
  const serverFlags = cli.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const results: ScenarioResult[] = [];
  const command = `pnpm bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  // Only a full run replaces the published page by default; --publish forces it (the page says
  // which kind of run it was), --merge folds a partial run into it.
  const publish = cli.publish || (!cli.quick && !cli.only);
  const save = () => {
    const run = {
      startedAt: started.toISOString(),
      wallMs: nowMs() - t0,
      command,
      quick: cli.quick,
      machine: machineInfo(),
      results,
    };
    return writeReport(run, { publish, merge: cli.merge });
  };
  for (const scenario of SCENARIOS) {
    if (cli.only && !cli.only.includes(scenario.id)) continue;
    log(`${scenario.id}: ${scenario.title} (load ${loadAverage().join(' ')})`);
    const loadBefore = loadAverage();
    const s0 = nowMs();
    const startedAt = new Date().toISOString();
    let outcome: Awaited<ReturnType<typeof scenario.run>>;
    try {
      outcome = await scenario.run({ quick: cli.quick, reps: cli.reps, serverFlags, log });
    } catch (err) {
      // One broken scenario must not lose the others' figures: it is reported as failed.
      log(`  ${scenario.id} failed: ${(err as Error).stack ?? err}`);
      const collector = new Collector();
      collector.define('scenario', 'whole scenario', '', 'lower');
      collector.fail(['scenario'], scenario.columns[0]!, err);
      outcome = { collector, notes: [] };
    }
    results.push({
      id: scenario.id,
      title: scenario.title,
      columns: scenario.columns,
      metrics: outcome.collector.metrics(scenario.columns),
      notes: outcome.notes,
      startedAt,
      wallMs: nowMs() - s0,
      loadBefore,
      loadAfter: loadAverage(),
    });
    log(`  done in ${((nowMs() - s0) / 1000).toFixed(1)} s`);
    // Written after every scenario, so a run cut short still leaves what it measured.
    save();
  }
  const files = save();
  log(`wrote ${files.join(', ')} in ${((nowMs() - t0) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    // Children die with their IPC channel; exiting is enough to stop them.
    process.exit(1);
  },
);
