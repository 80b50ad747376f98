import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // The run's fixed seed for fast-check, and a replay command on failure.
    setupFiles: ['../../packages/journey/src/testing/vitestSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
