import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'journey',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The run's fixed seed for fast-check, and a replay command on failure.
    setupFiles: ['./src/testing/vitestSetup.ts'],
  },
});
