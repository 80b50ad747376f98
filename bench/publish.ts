/**
 * `node --import tsx bench/publish.ts <run.json>...`: writes docs/BENCHMARKS.md (and
 * bench/results/published.json) from saved raw runs, newest scenario of each id first. For
 * when the figures of a day come from several runs: each scenario keeps its own date and load.
 */
import { readFileSync } from 'node:fs';
import { publishRuns, type RunReport } from './report';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) throw new Error('usage: publish.ts <run.json>...');
const runs = files
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as RunReport)
  .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
console.log(publishRuns(runs).join('\n'));
