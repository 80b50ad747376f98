/**
 * Scenario 6, canvas in Chromium (software rendering): the Parcours board page (apps/web as built
 * in apps/web/dist-e2e (production's build plus the test hooks), served by the Parcours server, board imported through the API and synced over
 * its websocket) against the naive react-konva page, at several card counts. Per page load: first
 * paint, then a drag of one card, a pan and a zoom, each measured frame by frame in the page.
 */
import { toJson } from '@parcours/journey';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newBenchContext } from '../browser/chromium';
import { type Gesture, measureGesture } from '../browser/frames';
import { buildBoard } from '../fixtures/boards';
import { median, percentile } from '../lib/stats';
import { serveNaivePage } from '../naive/serve';
import { ServerHandle } from '../servers/handle';
import { defineImageMetrics, IMAGE_CARDS, measureImageCards } from './canvasImages';
import { Collector, type ScenarioOptions } from './types';

const VIEWPORT = { width: 1280, height: 800 };

export async function runCanvas(options: ScenarioOptions): Promise<{ collector: Collector; notes: string[] }> {
  const sizes = options.quick ? [500, 2_000] : [500, 2_000, 10_000];
  const maxMs = options.quick ? 1_500 : 2_500;
  const collector = new Collector();
  for (const n of sizes) {
    const s = n.toLocaleString('en-US');
    collector.define(`first-paint-${n}`, `first paint with cards, ${s} cards`, 'ms', 'lower');
    collector.define(`pan-fps-${n}`, `pan, ${s} cards`, 'fps', 'higher');
    collector.define(`zoom-fps-${n}`, `zoom, ${s} cards`, 'fps', 'higher');
    collector.define(`pan-busy-${n}`, `pan, busy time per frame (p50), ${s} cards`, 'ms', 'lower');
    collector.define(`drag-${n}`, `drag one card, busy time per frame (p50), ${s} cards`, 'ms', 'lower');
    collector.define(`drag-fps-${n}`, `drag one card, ${s} cards`, 'fps', 'higher');
  }
  defineImageMetrics(collector);
  const notes = [
    `Chromium ${'/usr/bin/chromium'} headless with --disable-gpu (software rendering), viewport ${VIEWPORT.width}x${VIEWPORT.height}. Gestures: one wheel or pointer event per animation frame, up to 120 frames or ${maxMs} ms each.`,
    'fps = frames / time over the gesture (requestAnimationFrame timestamps). Busy time per frame: from the first rAF callback of the frame to a task queued from it (runs after that frame\'s callbacks, style, layout and paint); the "drag frame" target is checked on its median.',
    'First paint: Parcours, from navigation start until the first card is laid out plus two animation frames (the board arrives over the websocket); naive, from navigation start to the first animation frame after React mounted every card.',
    `${IMAGE_CARDS} cards with pictures: each card shows its own 960 x 720 JPEG (a board archive imported through the API); panned once the pictures on screen have loaded (thumbnails at this zoom). Parcours only.`,
    'The Parcours page is whatever apps/web/dist held at the time of the run (built by the web engineers); the naive page is bench/naive/, bundled with esbuild for production.',
  ];
  const server = await ServerHandle.start('parcours', options.serverFlags);
  const naive = await serveNaivePage();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    for (const n of sizes) {
      const { doc } = buildBoard(n);
      const json = toJson(doc);
      doc.destroy();
      const firstCard = json.journeys[0]!.cards[0]!.id;
      for (let rep = 0; rep < options.reps; rep++) {
        for (const column of ['parcours', 'naive'] as const) {
          const keys = ['first-paint', 'pan-fps', 'zoom-fps', 'pan-busy', 'drag', 'drag-fps'].map((k) => `${k}-${n}`);
          // A participant who already chose a name, as on every visit after the first: the name
          // dialog would otherwise stand between the page and the board.
          const context = await newBenchContext(browser, { viewport: VIEWPORT, locale: 'fr-FR' });
          await context.addInitScript(
            (value) => {
              localStorage.setItem('parcours.participant', value);
            },
            JSON.stringify({ id: 'p-bench', name: 'Bench', color: '#2563eb' }),
          );
          const page = await context.newPage();
          try {
            let firstPaint: number;
            let dragFrom: { x: number; y: number };
            if (column === 'parcours') {
              const target = await server.newRoom(json);
              await page.goto(`${server.baseUrl}/b/${target.room}?token=${target.token}`, { timeout: 60_000 });
              firstPaint = await parcoursFirstPaint(page, firstCard);
              dragFrom = await parcoursCardCenter(page, firstCard);
            } else {
              await page.goto(`${naive.url}?cards=${n}`, { timeout: 60_000 });
              await page.waitForFunction(() => '__naiveFirstPaint' in window, null, { timeout: 120_000 });
              firstPaint = await page.evaluate(
                () => (window as unknown as { __naiveFirstPaint: number }).__naiveFirstPaint,
              );
              dragFrom = { x: 90, y: 40 };
            }
            await page.waitForTimeout(300);
            const drag = await measureGesture(page, { kind: 'drag', frames: 60, from: dragFrom, dx: 4, dy: 2, maxMs });
            const pan = await measureGesture(page, { kind: 'pan', frames: 120, dx: 12, dy: 6, maxMs } as Gesture);
            const zoom = await measureGesture(page, { kind: 'zoom', frames: 60, dy: 4, maxMs });
            collector.add(`first-paint-${n}`, column, firstPaint);
            collector.add(`pan-fps-${n}`, column, pan.fps);
            collector.add(`zoom-fps-${n}`, column, zoom.fps);
            collector.add(`pan-busy-${n}`, column, median(pan.busyMs));
            collector.add(`drag-${n}`, column, median(drag.busyMs));
            collector.add(`drag-fps-${n}`, column, drag.fps);
            options.log(
              `  canvas ${n} ${column} rep ${rep + 1}: first paint ${firstPaint.toFixed(0)} ms, pan ${pan.fps.toFixed(1)} fps (busy p50 ${median(pan.busyMs).toFixed(1)} ms, p95 ${percentile(pan.busyMs, 95).toFixed(1)}), zoom ${zoom.fps.toFixed(1)} fps, drag busy p50 ${median(drag.busyMs).toFixed(1)} ms`,
            );
          } catch (err) {
            options.log(`  canvas ${n} ${column} failed: ${(err as Error).message.split('\n')[0]}`);
            collector.fail(keys, column, err);
          } finally {
            await context.close();
          }
        }
      }
    }
    await measureImageCards(browser, server, options, collector, VIEWPORT, maxMs);
  } finally {
    await browser?.close();
    await naive.close();
    await server.stop();
  }
  return { collector, notes };
}

interface CanvasHook {
  rectOf(t: { cardId: string }): { x: number; y: number; width: number; height: number } | null;
  reveal(t: { cardId: string }): boolean;
}

async function parcoursFirstPaint(page: Page, cardId: string): Promise<number> {
  await page.waitForFunction(
    (id) => (window as unknown as { __parcoursCanvas?: CanvasHook }).__parcoursCanvas?.rectOf({ cardId: id }) != null,
    cardId,
    { timeout: 120_000, polling: 'raf' },
  );
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      ),
  );
}

/** Brings the card on screen (keeping the zoom) and returns its center in viewport pixels. */
async function parcoursCardCenter(page: Page, cardId: string): Promise<{ x: number; y: number }> {
  return page.evaluate(async (id) => {
    const hook = (window as unknown as { __parcoursCanvas: CanvasHook }).__parcoursCanvas;
    hook.reveal({ cardId: id });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = hook.rectOf({ cardId: id })!;
    return { x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 20) };
  }, cardId);
}
