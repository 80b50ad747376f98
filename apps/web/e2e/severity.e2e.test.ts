/**
 * An irritant's severity can be set from the card panel (issue 13): with "Côté client" open, as it
 * is by default, the Low/Medium/High buttons keep their full height (they were squeezed to a 23 px
 * strip), at a laptop's and a desktop's size, in French and in English, and the choice stays.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

const SIZES = [
  { width: 1280, height: 720, lang: 'fr', group: 'Gravité', high: 'Élevée', customer: 'Côté client' },
  { width: 1920, height: 1080, lang: 'en', group: 'Severity', high: 'High', customer: 'Customer side' },
] as const;

/** Each button of the severity control is whole, tall enough to hit, and on screen. */
async function checkSeverityButtons(page: Page, group: string, viewport: { width: number; height: number }) {
  const control = page.getByTestId('card-panel').getByRole('group', { name: group });
  await control.scrollIntoViewIfNeeded();
  const labels = control.locator('label');
  expect(await labels.count()).toBe(3);
  for (let i = 0; i < 3; i++) {
    const box = (await labels.nth(i).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(28);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // Not covered by the fields after it: a click at its centre lands on it.
    const onTop = await labels.nth(i).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
  }
}

describe('irritant severity in the card panel', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  for (const size of SIZES) {
    it(`is whole and settable at ${size.width}x${size.height} (${size.lang})`, async () => {
      const { context, page } = await newParticipant(browser, 'Camille');
      await page.setViewportSize({ width: size.width, height: size.height });
      await createFromHome(page, server, `Gravité ${size.width}`);
      if (size.lang === 'en') await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
      await page
        .getByRole('toolbar')
        .getByRole('button', { name: size.lang === 'fr' ? 'Irritant' : 'Pain point' })
        .click();
      await expect.poll(async () => (await stateOf(page)).selection.length).toBe(1);
      const cardId = (await stateOf(page)).selection[0]!;
      const panel = page.getByTestId('card-panel');
      // "Côté client" is open by default: the case where the control was crushed.
      expect(await panel.locator('details', { hasText: size.customer }).first().getAttribute('open')).not.toBeNull();
      await checkSeverityButtons(page, size.group, size);
      await screenshot(page, `severity-${size.width}x${size.height}`);

      await panel.getByRole('group', { name: size.group }).getByText(size.high, { exact: true }).click();
      await expect.poll(async () => (await snapshotOf(page))!.cards[cardId]?.severity).toBe(3);

      // After a reload, the card opened again shows it.
      await page.reload();
      await waitConnected(page);
      const rect = await rectOnCanvas(page, { cardId }, true);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await panel.waitFor();
      await checkSeverityButtons(page, size.group, size);
      expect(await panel.getByRole('radio', { name: size.high }).isChecked()).toBe(true);
      await context.close();
    });
  }
});
