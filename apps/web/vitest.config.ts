import { defineProject } from 'vitest/config';

// Unit tests beside their file; end-to-end tests drive the built app (dist/) in Debian's Chromium
// against the real server, so they need `pnpm --filter @parcours/web build` first.
export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // The run's fixed seed for fast-check, and a replay command on failure.
    setupFiles: ['../../packages/journey/src/testing/vitestSetup.ts'],
    // Bounded, generous waits: a browser test on a busy 2-core CI machine can be slow, never stuck.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
