/**
 * The targets of issues 7 and 20, checked against the medians of a run. A target whose figures are
 * missing (scenario not run, or failed) says so instead of passing.
 */
import type { Figure } from './lib/stats';
import { isFailure, type ScenarioResult } from './scenarios/types';

export interface TargetStatus {
  readonly target: string;
  readonly measured: string;
  readonly status: 'met' | 'not met' | 'not measured';
}

interface Spec {
  readonly target: string;
  readonly scenario: string;
  readonly metric: string;
  /** Columns whose medians the check needs; the first is the one under test. */
  readonly columns: readonly string[];
  readonly check: (v: readonly number[]) => boolean;
  readonly describe: (v: readonly number[]) => string;
}

const f = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** A time target on the first column: its median under `limit` ms, shown with `digits` decimals. */
const underMs = (limit: number, digits: number): Pick<Spec, 'check' | 'describe'> => ({
  check: ([p]) => p! < limit,
  describe: ([p]) => `${f(p!, digits)} ms`,
});

const SPECS: readonly Spec[] = [
  ...(
    [
      ['stock', 'stock providers'],
      ['raw', 'pre-encoded, one update per message'],
    ] as const
  ).flatMap(([mode, label]): Spec[] => [
    {
      target: `Relay: burst throughput ≥ 2× Hocuspocus 4.x, persisting every update before relaying it (${label})`,
      scenario: 'burst',
      metric: `throughput.${mode}`,
      columns: ['parcours', 'hocuspocus'],
      check: ([p, h]) => p! >= 2 * h!,
      describe: ([p, h]) => `${f(p!, 0)} vs ${f(h!, 0)} edits/s (${f(p! / h!)}×)`,
    },
    {
      target: `Relay: server CPU per delivered edit ≤ 0.5× Hocuspocus 4.x (burst, ${label})`,
      scenario: 'burst',
      metric: `cpu.${mode}`,
      columns: ['parcours', 'hocuspocus'],
      check: ([p, h]) => p! <= 0.5 * h!,
      describe: ([p, h]) => `${f(p!)} µs vs ${f(h!)} µs (${f(p! / h!)}×)`,
    },
  ]),
  ...[10, 50, 200].map(
    (n): Spec => ({
      target: `Relay: fan-out p99 ≤ reference, N = ${n}`,
      scenario: 'fanout',
      metric: `p99-${n}`,
      columns: ['parcours', 'reference'],
      check: ([p, r]) => p! <= r!,
      describe: ([p, r]) => `${f(p!)} ms vs ${f(r!)} ms`,
    }),
  ),
  ...[
    ['one', '1 client'],
    ['twenty', '20 simultaneous clients'],
  ].map(
    ([metric, label]): Spec => ({
      target: `Relay: cold sync ≤ 0.8× reference, ${label}`,
      scenario: 'coldsync',
      metric: metric!,
      columns: ['parcours', 'reference'],
      check: ([p, r]) => p! <= 0.8 * r!,
      describe: ([p, r]) => `${f(p!, 1)} ms vs ${f(r!, 1)} ms (${f(p! / r!)}×)`,
    }),
  ),
  {
    target: 'Relay: ≤ 400 KB per idle loaded 500-card board (larger of RSS and live memory)',
    scenario: 'memory',
    metric: 'board-memory',
    columns: ['parcours'],
    check: ([p]) => p! <= 400,
    describe: ([p]) => `${f(p!, 0)} KB`,
  },
  {
    target: 'Canvas: 60 fps pan at 2,000 cards (≥ 59 fps measured)',
    scenario: 'canvas',
    metric: 'pan-fps-2000',
    columns: ['parcours'],
    check: ([p]) => p! >= 59,
    describe: ([p]) => `${f(p!, 1)} fps`,
  },
  {
    target: 'Canvas: ≥ 55 fps pan at 10,000 cards and ≥ 3× naive',
    scenario: 'canvas',
    metric: 'pan-fps-10000',
    columns: ['parcours', 'naive'],
    check: ([p, n]) => p! >= 55 && p! >= 3 * n!,
    describe: ([p, n]) => `${f(p!, 1)} fps vs naive ${f(n!, 1)} fps (${f(p! / n!)}×)`,
  },
  {
    target: 'Canvas: first paint of 10,000 cards < 500 ms',
    scenario: 'canvas',
    metric: 'first-paint-10000',
    columns: ['parcours'],
    ...underMs(500, 0),
  },
  ...[500, 2000, 10000].map(
    (n): Spec => ({
      target: `Canvas: drag frame < 4 ms, ${n.toLocaleString('en-US')} cards`,
      scenario: 'canvas',
      metric: `drag-${n}`,
      columns: ['parcours'],
      ...underMs(4, 2),
    }),
  ),
  ...['server', 'inProcess', 'browser'].map(
    (column): Spec => ({
      target: `Export: 2,000-card PNG at pixelRatio 2 < 300 ms (${column})`,
      scenario: 'export',
      metric: 'png',
      columns: [column],
      ...underMs(300, 0),
    }),
  ),
  {
    target: 'Model: toJson + fromJson of 10,000 cards < 200 ms',
    scenario: 'model',
    metric: 'json',
    columns: ['model'],
    ...underMs(200, 0),
  },
  {
    target: 'Model: moveCard on 5,000 cards < 1 ms',
    scenario: 'model',
    metric: 'move',
    columns: ['model'],
    ...underMs(1, 3),
  },
  {
    target: 'History: automatic checkpoint of a 5,000-card board < 50 ms of event-loop time',
    scenario: 'history',
    metric: 'checkpoint',
    columns: ['server'],
    ...underMs(50, 1),
  },
  {
    target: 'History: diff of two 5,000-card versions < 100 ms',
    scenario: 'history',
    metric: 'diff',
    columns: ['model'],
    ...underMs(100, 1),
  },
  {
    target: 'History: restore of a 5,000-card board < 300 ms end to end',
    scenario: 'history',
    metric: 'restore',
    columns: ['server'],
    ...underMs(300, 0),
  },
  {
    target: 'Phone view: first-load JavaScript < 150 KB as transferred (issue 18), canvas not loaded',
    scenario: 'phone',
    metric: 'js-kb',
    columns: ['phone', 'board'],
    check: ([p]) => p! < 150,
    describe: ([p, b]) => `${f(p!, 1)} KB (canvas view: ${f(b!, 1)} KB)`,
  },
];

export function evaluateTargets(results: readonly ScenarioResult[]): TargetStatus[] {
  return SPECS.map((spec) => {
    const metric = results.find((r) => r.id === spec.scenario)?.metrics.find((m) => m.key === spec.metric);
    const cells = spec.columns.map((c) => metric?.values[c]);
    const failed = cells.find((c) => isFailure(c));
    if (failed && isFailure(failed))
      return { target: spec.target, measured: `failed: ${failed.error}`, status: 'not met' };
    if (cells.some((c) => c === undefined)) return { target: spec.target, measured: '–', status: 'not measured' };
    const medians = cells.map((c) => (c as Figure).median);
    return { target: spec.target, measured: spec.describe(medians), status: spec.check(medians) ? 'met' : 'not met' };
  });
}
