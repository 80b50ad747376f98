/**
 * Convergence through the real relay: 500 seeded scenarios (5 clients, 200 model commands each,
 * random disconnects), a batch at a time on one in-process server, each on its own board. The
 * seeds are split across two test files so that vitest runs them on both cores.
 * The scenarios' seeds start at the run's test seed (PARCOURS_TEST_SEED, fixed by default: see
 * @parcours/journey/testing seed.ts). Replay one scenario: PARCOURS_SEED=<scenario seed> pnpm vitest
 * run apps/server/test/reliability/convergence.1.test.ts (the command is printed with each failure).
 */
import { testSeed } from '@parcours/journey/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers';
import { elapsedMs, writeResult } from './results';
import { runScenario, type ScenarioError, type ScenarioOutcome } from './scenario';

const SHAPE = { clients: 5, commands: 200 };
/** 500 in CI; PARCOURS_SCENARIOS runs more (a longer hunt) or fewer. */
const SCENARIOS = Number(process.env.PARCOURS_SCENARIOS ?? 500);
/** Scenarios in flight at once: enough to keep the relay busy, few enough for one core. */
const BATCH = 10;
/** Seeds are BASE_SEED + i: fixed, so CI runs the same scenarios every time (PARCOURS_TEST_SEED for others). */
const BASE_SEED = testSeed();
const TIME_BUDGET_MS = 200_000;

export function defineConvergenceSuite(part: number, parts: number): void {
  const replay = process.env.PARCOURS_SEED ? Number(process.env.PARCOURS_SEED) : undefined;
  const all = Array.from({ length: SCENARIOS }, (_, i) => BASE_SEED + i);
  const seeds = replay !== undefined ? (part === 1 ? [replay] : []) : all.filter((_, i) => i % parts === part - 1);

  describe(`convergence through the relay (part ${part} of ${parts})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      // Each stock provider adds a process 'exit' listener: 50 at once is expected here.
      process.setMaxListeners(0);
      // One board per scenario, all from 127.0.0.1: past the default hourly creation limit.
      server = await startServer({ logLevel: false, limits: { boardsPerAddressPerHour: 10_000 } });
    });
    afterAll(async () => {
      await server?.close();
    });

    it.skipIf(seeds.length === 0)(
      `${seeds.length} seeded scenarios converge`,
      async () => {
        const start = performance.now();
        const outcomes: ScenarioOutcome[] = [];
        const failures: ScenarioError[] = [];
        for (let at = 0; at < seeds.length && failures.length === 0; at += BATCH) {
          if (performance.now() - start > TIME_BUDGET_MS) break;
          const batch = seeds.slice(at, at + BATCH);
          const settled = await Promise.allSettled(batch.map((seed) => runScenario(server, seed, SHAPE)));
          for (const result of settled) {
            if (result.status === 'fulfilled') outcomes.push(result.value);
            else failures.push(result.reason as ScenarioError);
          }
        }
        if (replay === undefined) {
          writeResult(`convergence-${part}`, {
            scenarios: outcomes.length + failures.length,
            failed: failures.length,
            failedSeeds: failures.map((f) => f.seed),
            clientsPerScenario: SHAPE.clients,
            commandsPerScenario: SHAPE.commands,
            concurrentScenarios: BATCH,
            disconnects: outcomes.reduce((n, o) => n + o.disconnects, 0),
            cardsAtEnd: outcomes.reduce((n, o) => n + o.cards, 0),
            seeds: `${BASE_SEED} + i, i % ${parts} = ${part - 1}, i < ${SCENARIOS}`,
            wallMs: elapsedMs(start),
          });
        }
        for (const failure of failures) console.error(failure.message);
        // A snapshot mismatch shows its diff first; then every failed seed is listed.
        const mismatch = failures.find((f) => f.expected !== undefined);
        if (mismatch) expect(mismatch.actual, mismatch.message).toEqual(mismatch.expected);
        expect(failures.map((f) => f.message)).toEqual([]);
        expect(outcomes.length, `only ${outcomes.length} scenarios ran within ${TIME_BUDGET_MS} ms`).toBe(seeds.length);
      },
      TIME_BUDGET_MS + 60_000,
    );
  });
}
