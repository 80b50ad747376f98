import { defineConfig } from 'vitest/config';

// One vitest run for the whole monorepo: each package or app is a project with its own config.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'apps/web/vitest.e2e.config.ts'],
  },
});
