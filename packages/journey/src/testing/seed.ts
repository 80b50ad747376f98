/**
 * The one seed of every randomised test (fast-check properties, fuzzed frames, convergence
 * scenarios): fixed, so a run of `pnpm test` draws the same cases every time and a failure is a
 * bug, not bad luck; `PARCOURS_TEST_SEED=<n>` draws others, for a longer hunt or a replay.
 */
export const DEFAULT_TEST_SEED = 20_261_203;

/** The seed of this run: `PARCOURS_TEST_SEED` when set (an integer), else the fixed default. */
export function testSeed(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.PARCOURS_TEST_SEED?.trim();
  if (!raw) return DEFAULT_TEST_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`PARCOURS_TEST_SEED must be an integer, got "${raw}"`);
  return seed;
}

/** The command that runs `file` again with the same draws (printed when a test fails). */
export function replayCommand(file: string, seed: number = testSeed()): string {
  return `PARCOURS_TEST_SEED=${seed} pnpm vitest run ${file}`;
}
