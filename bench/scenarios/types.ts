/** What every scenario returns: figures per metric and column, and the conditions of the run. */
import { type Figure, toFigure } from '../lib/stats';

export interface Failure {
  readonly error: string;
}

export type Cell = Figure | Failure;

export interface Metric {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  readonly values: Readonly<Record<string, Cell>>;
}

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  /** Column keys in display order (server kinds, or e.g. parcours/naive). */
  readonly columns: readonly string[];
  readonly metrics: readonly Metric[];
  readonly notes: readonly string[];
  readonly startedAt: string;
  readonly wallMs: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
}

export interface ScenarioOptions {
  readonly quick: boolean;
  readonly reps: number;
  /** Extra node flags for server children, e.g. --cpu-prof. */
  readonly serverFlags: readonly string[];
  readonly log: (line: string) => void;
}

export function isFailure(cell: Cell | undefined): cell is Failure {
  return cell !== undefined && 'error' in cell;
}

/** Accumulates repetitions: one value per (metric, column) per repetition, or a failure. */
export class Collector {
  private readonly runs = new Map<string, Map<string, number[]>>();
  private readonly failures = new Map<string, string>();
  private readonly meta = new Map<string, Omit<Metric, 'values'>>();

  define(key: string, label: string, unit: string, better: 'lower' | 'higher'): void {
    if (!this.meta.has(key)) this.meta.set(key, { key, label, unit, better });
  }

  add(key: string, column: string, value: number): void {
    const byColumn = this.runs.get(key) ?? new Map<string, number[]>();
    this.runs.set(key, byColumn);
    const values = byColumn.get(column) ?? [];
    byColumn.set(column, values);
    values.push(value);
  }

  /** A failure marks the cells of that column for these metrics; values measured before it are kept. */
  fail(keys: readonly string[], column: string, err: unknown): void {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    for (const key of keys) this.failures.set(`${key}\u0000${column}`, message);
  }

  metrics(columns: readonly string[]): Metric[] {
    return [...this.meta.values()].map((meta) => {
      const values: Record<string, Cell> = {};
      for (const column of columns) {
        const runs = this.runs.get(meta.key)?.get(column);
        const failure = this.failures.get(`${meta.key}\u0000${column}`);
        if (runs && runs.length > 0 && !failure) values[column] = toFigure(runs);
        else if (failure) values[column] = { error: failure };
      }
      return { ...meta, values };
    });
  }
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** Column keys in display order. */
  readonly columns: readonly string[];
  run(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }>;
}
