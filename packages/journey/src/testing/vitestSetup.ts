/**
 * Loaded before every test file of every project (see each vitest.config.ts): fast-check draws
 * from the run's seed (seed.ts) instead of a fresh random one, and a failed test prints the
 * command that replays its file with the same draws.
 */
import { relative } from 'node:path';
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { replayCommand, testSeed } from './seed';

const seed = testSeed();
fc.configureGlobal({ seed });

beforeEach((context) => {
  context.onTestFailed(() => {
    const file = relative(process.cwd(), context.task.file.filepath);
    console.error(`\n[${context.task.name}] seed ${seed}; replay: ${replayCommand(file, seed)}\n`);
  });
});
