/**
 * The last `pnpm bench:load` run (apps/server/test/reliability/results/load.json), for
 * docs/BENCHMARKS.md: its target (p99 <= 150 ms with nothing lost, at the largest load this machine
 * sustains with the clients beside the server) and its figures, server CPU per client-second
 * included. Written by bench/load.ts, read here; absent until someone runs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TargetStatus } from './targets';

const LOAD_JSON = fileURLToPath(new URL('../apps/server/test/reliability/results/load.json', import.meta.url));

interface LoadRun {
  readonly ranAt: string;
  readonly boards: number;
  readonly clientsPerBoard: number;
  readonly clients: number;
  readonly seconds: number;
  readonly editsLost: number;
  readonly editLatencyP50Ms: number;
  readonly editLatencyP99Ms: number;
  readonly cursorLatencyP99Ms: number;
  readonly serverCoreShare: number;
  readonly targetP99Ms: number;
  readonly serverCpuPerClientSecondUs?: number;
  readonly steadyServerCoreShare?: number;
  readonly clientCoreShare?: number;
}

function readRuns(): LoadRun[] {
  if (!existsSync(LOAD_JSON)) return [];
  const value = JSON.parse(readFileSync(LOAD_JSON, 'utf8')) as LoadRun | { sweep: LoadRun[] };
  return 'sweep' in value ? value.sweep : [value];
}

const meets = (run: LoadRun) => run.editsLost === 0 && run.editLatencyP99Ms <= run.targetP99Ms;

export function loadTarget(): TargetStatus {
  const target = 'Load: edit p99 ≤ 150 ms, nothing lost, at the largest load this machine sustains (`pnpm bench:load`)';
  const runs = readRuns();
  if (runs.length === 0) return { target, measured: '–', status: 'not measured' };
  const best = runs.filter(meets).sort((a, b) => b.clients - a.clients)[0];
  const shown = best ?? runs.sort((a, b) => a.clients - b.clients)[0]!;
  const measured = `${shown.editLatencyP99Ms} ms at ${shown.boards} boards x ${shown.clientsPerBoard} clients (${shown.editsLost} lost)`;
  return { target, measured, status: best ? 'met' : 'not met' };
}

export function loadSection(): string[] {
  const runs = readRuns();
  if (runs.length === 0) return [];
  const lines = [
    '## Load run (`pnpm bench:load`)',
    '',
    `Ran ${runs[0]!.ranAt} (not part of \`pnpm bench\`: run it on its own, e.g. \`pnpm bench:load -- --sweep 10,20,30,50\`).`,
    'Protocol clients in worker threads beside the server; each client makes 5 edits/s and moves its cursor at 10 Hz.',
    'Server CPU per client-second and the core shares are measured while every client edits; client threads over the whole run.',
    '',
    '| Boards x clients | Seconds | Edit p50 (ms) | Edit p99 (ms) | Cursor p99 (ms) | Lost | Server CPU per client-second (µs) | Server core share | Client threads core share |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of runs) {
    const cpu = r.serverCpuPerClientSecondUs ?? '–';
    const share = r.steadyServerCoreShare ?? r.serverCoreShare;
    lines.push(
      `| ${r.boards} x ${r.clientsPerBoard} | ${r.seconds} | ${r.editLatencyP50Ms} | ${r.editLatencyP99Ms} | ${r.cursorLatencyP99Ms} | ${r.editsLost} | ${cpu} | ${share} | ${r.clientCoreShare ?? '–'} |`,
    );
  }
  return lines;
}
