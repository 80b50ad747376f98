/**
 * What a person needs from the screen, checked before each action of a browser test: the control is
 * on screen (its box inside the viewport, not clipped off an edge) and on top (the element under its
 * centre is the control or inside it, not a panel or a toast over it); and the page speaks one
 * language (no English string of the UI on a French page).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { OUTPUT_DIR } from './harness';

/** 'ok', or what is wrong with the control's place on screen. */
function placeOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const describe = (node: Element | null) =>
      node ? `${node.tagName.toLowerCase()}.${String(node.className).split(' ').join('.')}` : 'nothing';
    if (r.width < 1 || r.height < 1) return 'no size';
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (hit !== el && !el.contains(hit)) return `covered by ${describe(hit)}`;
    return 'ok';
  });
}

/**
 * Waits until the control is visible, inside the viewport and on top; returns it for the action.
 * A control down a scrolling panel is scrolled to first, as a person would; one clipped by a box
 * that does not scroll, or past the window's edge, stays outside and fails.
 */
export async function usable(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  await locator.scrollIntoViewIfNeeded();
  // Whole, if its scrolling panel can show it whole (Playwright stops at "visible enough").
  await locator.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // The board is a full-window app whose window a person cannot scroll: scrolling into view
    // moves only panels; a control the window would have to scroll to stays out of reach.
    if (document.querySelector('.board')) window.scrollTo(0, 0);
  });
  try {
    await expect.poll(() => placeOf(locator)).toBe('ok');
  } catch (error) {
    // What the person saw: apps/web/e2e/output/unusable-control.png.
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await locator.page().screenshot({ path: join(OUTPUT_DIR, 'unusable-control.png') });
    throw error;
  }
  return locator;
}

/** Clicks a control a person can see and reach (and Playwright's own actionability checks). */
export async function press(locator: Locator): Promise<void> {
  await (await usable(locator)).click();
}

/** A point of the canvas a person can click: inside the viewport, with the canvas (not a panel) on top. */
export async function canvasPoint(
  page: Page,
  rect: { x: number; y: number; width: number; height: number },
): Promise<{ x: number; y: number }> {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  const what = await page.evaluate(
    ([px, py]) => {
      if (px < 0 || py < 0 || px > innerWidth || py > innerHeight) return `outside the viewport at ${px},${py}`;
      const hit = document.elementFromPoint(px, py);
      return hit?.tagName === 'CANVAS' ? 'ok' : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    },
    [x, y] as const,
  );
  if (what !== 'ok') {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: join(OUTPUT_DIR, 'unusable-control.png') });
  }
  expect(what).toBe('ok');
  return { x, y };
}

type Strings = { [key: string]: string | Strings };

function flatten(value: Strings, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out.set(prefix + key, v);
    else flatten(v, `${prefix}${key}.`, out);
  }
  return out;
}

function load(name: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(new URL(`../src/i18n/${name}.json`, import.meta.url), 'utf8')) as Strings);
}

/**
 * The UI's English strings that a French page must not show: every English message (without
 * placeholders) whose French translation differs and which is not itself a French message.
 */
const ENGLISH_ONLY: readonly string[] = (() => {
  const out = new Set<string>();
  for (const file of ['', 'plan.', 'views.', 'blueprint.']) {
    const en = load(`${file}en`);
    const fr = load(`${file}fr`);
    const french = new Set(fr.values());
    for (const [key, text] of en) {
      if (text.includes('{{') || text.length < 4 || fr.get(key) === text || french.has(text)) continue;
      // Language names are shown in their own language in the switcher.
      if (key.startsWith('languages.')) continue;
      out.add(text);
    }
  }
  return [...out];
})();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English UI strings visible on the page (an empty list on a page that stays in French). */
export async function englishOn(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text only (what a person reads), not hidden nodes
  const text = await page.locator('body').innerText();
  return ENGLISH_ONLY.filter((s) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(s)}($|[^\\p{L}])`, 'u').test(text));
}

/** True when the control is there now, visible, inside the viewport and on top (no waiting). */
async function usableNow(locator: Locator): Promise<boolean> {
  if ((await locator.count()) !== 1 || !(await locator.isVisible())) return false;
  return (await placeOf(locator)) === 'ok';
}

/**
 * Clicks a top-bar control where a person finds it: on the bar, or, on a narrow screen where the bar
 * folds it away, in its *Plus* menu. `inMenu` finds it there when it looks different.
 */
export async function pressInTopBar(
  page: Page,
  onBar: (bar: Locator) => Locator,
  inMenu: (menu: Locator) => Locator = onBar,
): Promise<'bar' | 'menu'> {
  const bar = page.getByRole('banner');
  const control = onBar(bar);
  if (await usableNow(control)) {
    await control.click();
    return 'bar';
  }
  const more = bar.getByRole('button', { name: 'Plus', exact: true });
  if ((await more.count()) === 0) {
    await press(control); // no Plus menu: the control must be on the bar (this fails and says why)
    return 'bar';
  }
  await press(more);
  await press(inMenu(page.getByTestId('more-menu')));
  return 'menu';
}
