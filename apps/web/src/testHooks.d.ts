/**
 * True only in the build made for the browser tests (`vite build --mode e2e`, into dist-e2e/), which
 * installs `window.__parcours` and `window.__parcoursCanvas`; false in production and unit tests, so
 * the bundler drops the hooks (vite.config.ts `define`; apps/web/src/testHooks.test.ts checks dist/).
 */
declare const __PARCOURS_TEST_HOOKS__: boolean;
