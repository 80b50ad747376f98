import { defineProject } from 'vitest/config';

// End-to-end tests drive the build made for them (dist-e2e/, with the test hooks; built by the global
// setup when the sources changed) in Debian's Chromium against the real server.
export default defineProject({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    // The run's fixed seed for fast-check, and a replay command on failure.
    setupFiles: ['../../packages/journey/src/testing/vitestSetup.ts'],
    // Bounded, generous waits: a browser test on a busy 2-core CI machine can be slow, never stuck.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
