import { defineProject } from 'vitest/config';

// Unit tests beside their file. The browser tests are their own project (vitest.e2e.config.ts).
export default defineProject({
  define: { __PARCOURS_TEST_HOOKS__: 'false' },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // The run's fixed seed for fast-check, and a replay command on failure.
    setupFiles: ['../../packages/journey/src/testing/vitestSetup.ts'],
    testTimeout: 60_000,
  },
});
