/**
 * Scenario 7, PNG export of a 2,000-card journey at pixelRatio 2: through the server's route
 * (GET /api/boards/:id/export.png, board read from SQLite as a user would hit it), in this
 * process (renderPng with @napi-rs/canvas and its native encoder, as the route does), and in
 * Chromium (renderPng on a <canvas>, default encoder).
 */
import { type JourneyMapJson, toJson } from '@parcours/journey';
import { launchChromium, newBenchContext } from '../browser/chromium';
import { exportPageScript } from '../browser/exportPage';
import { buildBoard } from '../fixtures/boards';
import { Child } from '../lib/rpc';
import { median } from '../lib/stats';
import { withTimeout } from '../lib/time';
import { timeFetches } from '../lib/timeFetches';
import { ServerHandle } from '../servers/handle';
import { Collector, type ScenarioOptions } from './types';

const CARDS = 2_000;
const RATIO = 2;
/** A render that takes this long is reported as failed (and its process killed). */
const TIMEOUT_MS = 30_000;

export async function runExport(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const iterations = options.quick ? 2 : 5;
  const { doc } = buildBoard(CARDS);
  const json = toJson(doc);
  doc.destroy();
  const collector = new Collector();
  collector.define('png', `PNG of a ${CARDS}-card journey, pixelRatio ${RATIO}`, 'ms', 'lower');
  collector.define('bytes', 'PNG size', 'KB', 'lower');
  const notes = [
    `Each repetition: median of ${iterations} exports after one warm-up. Server: wall time of the HTTP request from the bench process (includes reading the board from SQLite and building its doc).`,
  ];
  await measure('server', () => measureServer(json, iterations, options));
  await measure('inProcess', () => measureInProcess(json, iterations, options));
  await measure('browser', () => measureBrowser(json, iterations, options));
  return { collector, notes };

  async function measure(column: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      options.log(`  export ${column} failed: ${(err as Error).message}`);
      collector.fail(['png', 'bytes'], column, err);
    }
  }

  async function measureServer(map: JourneyMapJson, n: number, o: ScenarioOptions): Promise<void> {
    const server = await ServerHandle.start('parcours', o.serverFlags);
    try {
      const target = await server.newRoom(map);
      const url = `${server.baseUrl}/api/boards/${target.room}/export.png?token=${target.token}&pixelRatio=${RATIO}`;
      for (let rep = 0; rep < o.reps; rep++) {
        const { times, bytes } = await timeFetches(url, n, TIMEOUT_MS, 'export.png');
        collector.add('png', 'server', median(times));
        collector.add('bytes', 'server', bytes / 1024);
        o.log(`  export server rep ${rep + 1}: ${median(times).toFixed(0)} ms`);
      }
    } finally {
      // A request stuck in a render keeps the server busy: do not wait long for a polite stop.
      server.kill();
    }
  }

  async function measureInProcess(map: JourneyMapJson, n: number, o: ScenarioOptions): Promise<void> {
    const child = await Child.start(new URL('./exportChild.ts', import.meta.url), []);
    try {
      for (let rep = 0; rep < o.reps; rep++) {
        const times: number[] = [];
        let bytes = 0;
        for (let i = -1; i < n; i++) {
          const result = await child.call<{ ms: number; bytes: number }>(
            'render',
            { map, pixelRatio: RATIO },
            TIMEOUT_MS,
          );
          if (i >= 0) times.push(result.ms);
          bytes = result.bytes;
        }
        collector.add('png', 'inProcess', median(times));
        collector.add('bytes', 'inProcess', bytes / 1024);
        o.log(`  export in-process rep ${rep + 1}: ${median(times).toFixed(0)} ms`);
      }
    } finally {
      child.kill();
    }
  }

  async function measureBrowser(map: JourneyMapJson, n: number, o: ScenarioOptions): Promise<void> {
    const script = await exportPageScript();
    const browser = await launchChromium();
    try {
      const page = await (await newBenchContext(browser)).newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: script });
      for (let rep = 0; rep < o.reps; rep++) {
        const times: number[] = [];
        let bytes = 0;
        for (let i = -1; i < n; i++) {
          const result = await withTimeout(
            page.evaluate(
              ([m, r]) =>
                (
                  window as unknown as {
                    benchRenderPng: (m: unknown, r: number) => Promise<{ ms: number; bytes: number }>;
                  }
                ).benchRenderPng(m, r),
              [map, RATIO] as const,
            ),
            TIMEOUT_MS,
            'renderPng in the page',
          );
          if (i >= 0) times.push(result.ms);
          bytes = result.bytes;
        }
        collector.add('png', 'browser', median(times));
        collector.add('bytes', 'browser', bytes / 1024);
        o.log(`  export browser rep ${rep + 1}: ${median(times).toFixed(0)} ms`);
      }
    } finally {
      await browser.close();
    }
  }
}
