/**
 * Each reliability check writes the figures of its last run to results/last-run/<check>.json
 * (ignored by git: running the tests never changes a tracked file). Copied to results/<check>.json
 * and committed with docs/RELIABILITY.md when the doc's numbers are updated, so they can be traced
 * to a run. One file per check: test files run in parallel workers and must not share a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS_DIR = fileURLToPath(new URL('./results/last-run/', import.meta.url));

export type Figures = Record<string, number | string | boolean | null | readonly (number | string)[]>;

export function writeResult(check: string, figures: Figures): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const body = { check, ranAt: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(join(RESULTS_DIR, `${check}.json`), `${JSON.stringify(body, null, 2)}\n`);
}

/** Milliseconds since `start` (performance.now()), rounded for the report. */
export function elapsedMs(start: number): number {
  return Math.round(performance.now() - start);
}

export function mib(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
