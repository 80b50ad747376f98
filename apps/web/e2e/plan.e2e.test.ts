import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@parcours/journey';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, waitConnected } from './board';
import {
  boardUrl,
  createBoardViaApi,
  newParticipant,
  OUTPUT_DIR,
  type Server,
  screenshot,
  useServerAndBrowser,
} from './harness';

const center = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

describe('action plan and survey data', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  }, 180_000);

  it('turns an irritant into a quick win, exports the plan as CSV for French Excel, and imports survey results with a bad row reported', async () => {
    const board = await createBoardViaApi(server, { title: 'Atelier SAV', locale: 'fr', template: 'fr-purchase-8' });
    const { context, page } = await newParticipant(browser, 'Alice');
    await page.goto(boardUrl(server, board));
    await waitConnected(page);

    // Select the template's example irritant on the canvas, then make an action of it.
    const snapshot = (await snapshotOf(page))!;
    const irritant = Object.values(snapshot.cards).find((c) => c.kind === 'irritant')!;
    const touchpoint = Object.values(snapshot.cards).find((c) => c.kind === 'touchpoint')!;
    const at = center(await rectOnCanvas(page, { cardId: irritant.id }, true));
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('plan-button').click();
    await page.getByRole('button', { name: 'Action depuis la carte sélectionnée' }).click();
    await expect
      .poll(async () => Object.values((await snapshotOf(page))?.actions ?? {}).map((a) => a.cardIds))
      .toEqual([[irritant.id]]);

    // Place it as a quick win with the keyboard on the matrix: impact up to 5, effort down to 1.
    const chip = page.getByTestId('action-chip');
    await chip.focus();
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    await expect
      .poll(async () => Object.values((await snapshotOf(page))?.actions ?? {}).map((a) => [a.impact, a.effort]))
      .toEqual([[5, 1]]);
    await expect
      .poll(() => page.getByTestId('quick-wins').textContent())
      .toContain(irritant.text.split('\n')[0]!.slice(0, 20));
    await screenshot(page, 'plan-matrix');

    // The table: give it an owner, then export with ";" and a BOM, and read the file back.
    await page.getByRole('tab', { name: 'Tableau' }).click();
    await page.getByTestId('plan-table').getByLabel('Responsable').fill('Service client');
    await page.getByTestId('plan-table').getByLabel('Responsable').blur();
    await expect
      .poll(async () => Object.values((await snapshotOf(page))?.actions ?? {})[0]?.owner)
      .toBe('Service client');
    await screenshot(page, 'plan-table');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-csv').click()]);
    const path = join(OUTPUT_DIR, `plan-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(new Uint8Array(bytes));
    expect(table.separator).toBe(';');
    expect(table.rows).toHaveLength(2);
    const header = table.rows[0]!.cells;
    const row = table.rows[1]!.cells;
    expect(row[header.findIndex((h) => /responsable/i.test(h))]).toBe('Service client');
    expect(row[header.findIndex((h) => /impact/i.test(h))]).toBe('5');

    // Survey results: one row per answer, one unknown touchpoint reported, figures land on the touchpoint.
    await page.getByRole('button', { name: 'Importer une enquête (CSV)' }).click();
    const name = touchpoint.text.replace(/"/g, '""');
    const csv = `Point de contact;Satisfaction;Recommandation\n"${name}";5;10\n"${name}";4;9\n"${name}";2;3\nInconnu;5;10\n`;
    await page
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await expect(page.getByTestId('survey-preview')).toBeDefined();
    await expect.poll(() => page.getByTestId('survey-preview').textContent()).toContain('1 point de contact reconnu (');
    expect(await page.getByTestId('survey-issues').textContent()).toContain('Ligne 5');
    await screenshot(page, 'plan-survey');
    await page.getByRole('button', { name: 'Appliquer au parcours' }).click();
    await expect
      .poll(async () => {
        const card = (await snapshotOf(page))?.cards[touchpoint.id];
        return card && [card.csat, card.nps];
      })
      .toEqual([expect.closeTo(66.7, 0), expect.closeTo(33.3, 0)]);
    await context.close();
  });
});
