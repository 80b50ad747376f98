/**
 * Part of the canvas scenario: a board of 200 cards that each show a different picture (imported
 * as a board archive), panned in Chromium once the pictures on screen have loaded. Parcours only:
 * the naive page has no pictures.
 */
import type { Browser, Page } from 'playwright-core';
import { newBenchContext } from '../browser/chromium';
import { type Gesture, measureGesture } from '../browser/frames';
import { imageBoardArchive } from '../fixtures/images';
import { median } from '../lib/stats';
import type { ServerHandle } from '../servers/handle';
import type { Collector, ScenarioOptions } from './types';

export const IMAGE_CARDS = 200;

export function defineImageMetrics(collector: Collector): void {
  collector.define(`pan-fps-images-${IMAGE_CARDS}`, `pan, ${IMAGE_CARDS} cards with pictures`, 'fps', 'higher');
  collector.define(
    `pan-busy-images-${IMAGE_CARDS}`,
    `pan, busy time per frame (p50), ${IMAGE_CARDS} cards with pictures`,
    'ms',
    'lower',
  );
}

export async function measureImageCards(
  browser: Browser,
  server: ServerHandle,
  options: ScenarioOptions,
  collector: Collector,
  viewport: { width: number; height: number },
  maxMs: number,
): Promise<void> {
  const { zip, firstCard } = await imageBoardArchive(IMAGE_CARDS);
  const keys = [`pan-fps-images-${IMAGE_CARDS}`, `pan-busy-images-${IMAGE_CARDS}`];
  for (let rep = 0; rep < options.reps; rep++) {
    const response = await fetch(`${server.baseUrl}/api/boards/import-archive`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: new Uint8Array(zip),
    });
    if (response.status !== 201) throw new Error(`archive import failed: ${response.status} ${await response.text()}`);
    const board = (await response.json()) as { id: string; editToken: string };
    const context = await newBenchContext(browser, { viewport, locale: 'fr-FR' });
    await context.addInitScript(
      (value) => localStorage.setItem('parcours.participant', value),
      JSON.stringify({ id: 'p-bench', name: 'Bench', color: '#2563eb' }),
    );
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/b/${board.id}?token=${board.editToken}`, { timeout: 60_000 });
      await waitForCard(page, firstCard);
      // The pictures on screen load once; panning then draws them from memory.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const pan = await measureGesture(page, { kind: 'pan', frames: 120, dx: 12, dy: 6, maxMs } as Gesture);
      collector.add(keys[0]!, 'parcours', pan.fps);
      collector.add(keys[1]!, 'parcours', median(pan.busyMs));
      options.log(
        `  canvas ${IMAGE_CARDS} image cards rep ${rep + 1}: pan ${pan.fps.toFixed(1)} fps (busy p50 ${median(pan.busyMs).toFixed(1)} ms)`,
      );
    } catch (err) {
      options.log(`  canvas image cards failed: ${(err as Error).message.split('\n')[0]}`);
      collector.fail(keys, 'parcours', err);
    } finally {
      await context.close();
    }
  }
}

async function waitForCard(page: Page, cardId: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      (window as unknown as { __parcoursCanvas?: { rectOf(t: { cardId: string }): unknown } }).__parcoursCanvas?.rectOf(
        { cardId: id },
      ) != null,
    cardId,
    { timeout: 120_000, polling: 'raf' },
  );
}
