/**
 * Service-blueprint lanes (issue 17), from the home page, at a laptop's size in French and a
 * desktop's in English: the Service blueprint panel (from the journey actions menu) adds the
 * backstage and support lanes below the board's channels, a new note is dragged into the backstage
 * lane and linked to the touchpoint it serves from its details, the table and linear views show
 * it, and the PNG, JSON and Markdown files the File menu downloads contain the lanes and the link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMapFromPng, toMarkdown } from '@parcours/journey';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, OUTPUT_DIR, type Server, screenshot, useServerAndBrowser } from './harness';
import { pressInTopBar } from './screenChecks';

/** The French board in a French interface at a laptop's size, and in an English one at a desktop's. */
const SIZES = [
  {
    width: 1280,
    height: 720,
    lang: 'fr',
    journeyMenu: 'Actions sur les parcours',
    menuItem: 'Service blueprint (couloirs)…',
    addLanes: 'Ajouter les couloirs back-office et support',
    laneOf: 'Couloir de « Actions back-office »',
    close: 'Fermer',
    served: 'Point de contact servi',
    file: 'Fichier',
    views: { table: 'Tableau', linear: 'Linéaire', map: 'Carte' },
    backstage: 'Back-office',
    servedBy: 'Back-office (coulisses) · Actions back-office',
  },
  {
    width: 1920,
    height: 1080,
    lang: 'en',
    journeyMenu: 'Journey actions',
    menuItem: 'Service blueprint (lanes)…',
    addLanes: 'Add backstage and support lanes',
    laneOf: 'Lane of “Actions back-office”',
    close: 'Close',
    served: 'Touchpoint served',
    file: 'File',
    views: { table: 'Table', linear: 'Linear', map: 'Map' },
    backstage: 'Backstage',
    servedBy: 'Backstage actions · Actions back-office',
  },
] as const;
type Size = (typeof SIZES)[number];

async function download(
  page: Page,
  size: Size,
  testId: 'export-png' | 'export-json' | 'export-markdown',
  tag: string,
): Promise<string> {
  const file = page.waitForEvent('download');
  const where = await pressInTopBar(
    page,
    (bar) => bar.getByRole('button', { name: size.file }),
    (menu) => menu.getByTestId(testId),
  );
  if (where === 'bar') await page.getByTestId(testId).click();
  const done = await file;
  const path = join(OUTPUT_DIR, `blueprint-${tag}-${done.suggestedFilename()}`);
  await done.saveAs(path);
  return path;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
}

const center = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

describe('service-blueprint lanes', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}-${size.lang}`;
    it(`adds lanes, moves a card to the backstage, links it and exports it at ${tag}`, async () => {
      const { context, page } = await newParticipant(browser, 'Inès', { viewport: size });
      await createFromHome(page, server, `Blueprint ${tag}`);
      if (size.lang === 'en') await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
      const journeyId = (await stateOf(page)).journeyId!;
      const before = await snapshotOf(page);
      const channelsBefore = Object.values(before!.channels).filter((c) => c.journeyId === journeyId).length;

      // Journey actions → Service blueprint → add the backstage and support lanes below the channels.
      await page.getByRole('banner').getByRole('button', { name: size.journeyMenu }).click();
      await page.getByRole('menuitem', { name: size.menuItem }).click();
      const panel = page.getByTestId('blueprint-panel');
      await panel.getByRole('button', { name: size.addLanes }).click();
      await expect
        .poll(async () => Object.values((await snapshotOf(page))!.channels).filter((c) => c.lane).length)
        .toBe(2);
      const snapshot = (await snapshotOf(page))!;
      const channels = Object.values(snapshot.channels).filter((c) => c.journeyId === journeyId);
      expect(channels).toHaveLength(channelsBefore + 2);
      const backstage = channels.find((c) => c.lane === 'backstage')!;
      expect(backstage.name).toBe('Actions back-office');
      expect(snapshot.cards).toEqual(before!.cards);
      // Each channel's lane can be chosen in the panel; the new row shows its lane.
      expect(await panel.getByRole('combobox', { name: size.laneOf }).inputValue()).toBe('backstage');
      await expect.poll(() => panel.getByRole('button', { name: size.addLanes }).count()).toBe(0);
      await screenshot(page, `blueprint-panel-${tag}`);
      await panel.getByRole('button', { name: size.close }).click();

      // A row header dragged across the line of visibility, below the backstage row, joins that lane.
      const shop = channels.find((c) => c.name === 'Boutique')!;
      const support = channels.find((c) => c.lane === 'support')!;
      await rectOnCanvas(page, { channelId: support.id }, true);
      const shopHeader = await rectOnCanvas(page, { channelId: shop.id });
      const supportHeader = await rectOnCanvas(page, { channelId: support.id });
      await drag(
        page,
        { x: shopHeader.x + 30, y: shopHeader.y + shopHeader.height / 2 },
        { x: supportHeader.x + 30, y: supportHeader.y + 4 },
      );
      await expect.poll(async () => (await snapshotOf(page))!.channels[shop.id]?.lane).toBe('backstage');

      // A new note, dragged into the backstage lane, in the phase of the example touchpoint.
      const touchpoint = Object.values(snapshot.cards).find((c) => c.kind === 'touchpoint')!;
      await page.getByRole('toolbar').getByTestId('add-note').click();
      await expect.poll(async () => (await stateOf(page)).selection.length).toBe(1);
      const noteId = (await stateOf(page)).selection[0]!;
      // Typed on the card, as a new card opens its text editor; Ctrl+Enter finishes.
      await page.getByTestId('card-text-editor').waitFor();
      await page.keyboard.type('Préparer la commande');
      await page.keyboard.press('Control+Enter');
      await expect.poll(async () => (await snapshotOf(page))!.cards[noteId]?.text).toBe('Préparer la commande');
      const target = { phaseId: touchpoint.phaseId, channelId: backstage.id };
      await rectOnCanvas(page, target, true);
      const from = center(await rectOnCanvas(page, { cardId: noteId }, true));
      const to = center(await rectOnCanvas(page, target));
      await drag(page, from, to);
      await expect.poll(async () => (await snapshotOf(page))!.cards[noteId]?.channelId).toBe(backstage.id);

      // Its details offer the touchpoint it serves.
      const cardRect = await rectOnCanvas(page, { cardId: noteId }, true);
      await page.mouse.click(cardRect.x + cardRect.width / 2, cardRect.y + cardRect.height / 2);
      const cardPanel = page.getByTestId('card-panel');
      const served = cardPanel.getByRole('combobox', { name: new RegExp(size.served) });
      await served.scrollIntoViewIfNeeded();
      await served.selectOption({ label: touchpoint.text });
      await expect.poll(async () => (await snapshotOf(page))!.cards[noteId]?.touchpointId).toBe(touchpoint.id);
      await rectOnCanvas(page, target, true);
      await screenshot(page, `blueprint-board-${tag}`);

      // The table shows each card's lane; the linear view, the backstage card under the touchpoint it serves.
      const views = page.getByTestId('view-switcher');
      await views.getByRole('button', { name: size.views.table }).click();
      const row = page.locator(`tr[data-card-id="${noteId}"]`);
      await expect.poll(() => row.locator('td.col-lane').textContent()).toBe(size.backstage);
      await screenshot(page, `blueprint-table-${tag}`);
      await views.getByRole('button', { name: size.views.linear }).click();
      const step = page.getByTestId('linear-view').locator(`li.linear-step[data-card-id="${touchpoint.id}"]`);
      await expect.poll(() => step.textContent()).toContain('Préparer la commande');
      expect(await step.textContent()).toContain(size.servedBy);
      await screenshot(page, `blueprint-linear-${tag}`);
      await views.getByRole('button', { name: size.views.map }).click();

      // Both exports carry the lanes and the linked backstage card.
      const json = JSON.parse(readFileSync(await download(page, size, 'export-json', tag), 'utf8'));
      const journey = json.journeys.find((j: { id: string }) => j.id === journeyId);
      expect(journey.channels.find((c: { id: string }) => c.id === backstage.id)).toEqual({
        id: backstage.id,
        name: 'Actions back-office',
        lane: 'backstage',
      });
      expect(journey.cards.find((c: { id: string }) => c.id === noteId)).toMatchObject({
        kind: 'note',
        phaseId: touchpoint.phaseId,
        channelId: backstage.id,
        touchpointId: touchpoint.id,
      });
      const png = readFileSync(await download(page, size, 'export-png', tag));
      expect(readMapFromPng(new Uint8Array(png))).toEqual(json);
      // The Markdown for a wiki: the note under its lane, after the line of visibility, naming the touchpoint it serves.
      const markdown = readFileSync(await download(page, size, 'export-markdown', tag), 'utf8');
      expect(markdown).toBe(toMarkdown(json, { journeyId }));
      expect(markdown).toMatch(/\*— Ligne de visibilité —\*\n\n### Back-office \(coulisses\)\n/);
      expect(markdown).toContain('- **Actions back-office** : Préparer la commande (sert : ');
      await context.close();
    });
  }
});
