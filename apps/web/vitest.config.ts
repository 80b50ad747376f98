import { defineProject } from 'vitest/config';

// Unit tests beside their file; end-to-end tests drive the built app (dist/) in Debian's Chromium
// against the real server, so they need `pnpm --filter @parcours/web build` first.
export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
