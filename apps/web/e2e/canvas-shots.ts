/**
 * Screenshots and frame times of the canvas on in-memory sample boards (not a test: numbers are
 * printed, pictures saved under e2e/output/ for a human to look at).
 *   cd apps/web && npx tsx e2e/canvas-shots.ts
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchBrowser } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'e2e/output');
mkdirSync(out, { recursive: true });

// A production build of the demo page: frame times of development React would mislead.
const outDir = '/tmp/parcours-canvas-demo';
await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  // The build with the test hooks (window.__parcoursCanvas), which canvas-interact.ts drives.
  mode: 'e2e',
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: { input: join(root, 'e2e/canvas-demo.html') },
  },
});
const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 5188, strictPort: false },
});
const base = server.resolvedUrls!.local[0]!;
if (process.argv[2] === 'serve') {
  // Keep serving the demo for manual or scripted profiling; stop with Ctrl+C.
  console.log(`${base}e2e/canvas-demo.html?cards=2000`);
  await new Promise(() => {});
}
const browser = await launchBrowser();

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${base}e2e/canvas-demo.html?${query}`);
  await page.waitForFunction(() => window.__canvasDemo?.firstPaintMs !== undefined, null, { timeout: 120_000 });
  return page;
}

/** Frame times while wheel events pan the board for `frames` frames. */
async function measurePan(page: Page, frames: number): Promise<{ mean: number; p95: number; fps: number }> {
  const times = await page.evaluate(async (n) => {
    const el = document.querySelector('[data-testid="board-canvas"]')!;
    const deltas: number[] = [];
    let last = performance.now();
    for (let i = 0; i < n; i++) {
      const dir = Math.floor(i / 60) % 2 === 0 ? 1 : -1;
      el.dispatchEvent(new WheelEvent('wheel', { deltaX: 14 * dir, deltaY: 9 * dir, bubbles: true, cancelable: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      deltas.push(now - last);
      last = now;
    }
    return deltas.slice(5);
  }, frames);
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { mean, p95: sorted[Math.floor(sorted.length * 0.95)]!, fps: 1000 / mean };
}

const shots = process.argv.slice(2);
const only = (name: string) => shots.length === 0 || shots.includes(name);

if (only('50')) {
  const page = await open('cards=50&unplaced=3&peers=1');
  await page.screenshot({ path: join(out, 'canvas-50.png') });
  await page.keyboard.press('Shift+Digit0');
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(out, 'canvas-50-100pct.png') });
  await page.close();
}
if (only('2000')) {
  const page = await open('cards=2000');
  console.log('2000 cards: build', await page.evaluate(() => window.__canvasDemo));
  await page.screenshot({ path: join(out, 'canvas-2000.png') });
  console.log('pan 2000', await measurePan(page, 240));
  await page.keyboard.press('Shift+Digit1');
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(out, 'canvas-2000-fit.png') });
  console.log('pan 2000 fit', await measurePan(page, 120));
  await page.close();
}
if (only('10000')) {
  const page = await open('cards=10000');
  console.log('10000 cards:', await page.evaluate(() => window.__canvasDemo));
  await page.screenshot({ path: join(out, 'canvas-10000.png') });
  console.log('pan 10000', await measurePan(page, 240));
  await page.keyboard.press('Shift+Digit1');
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(out, 'canvas-10000-fit.png') });
  console.log('pan 10000 fit', await measurePan(page, 120));
  await page.close();
}
await browser.close();
await server.close();
process.exit(0);
