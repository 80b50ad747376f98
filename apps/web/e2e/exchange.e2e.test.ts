import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, stateOf, waitConnected } from './board';
import {
  boardUrl,
  createBoardViaApi,
  newParticipant,
  OUTPUT_DIR,
  type Server,
  screenshot,
  useServerAndBrowser,
} from './harness';

/** The board as a user sees it, without ids (an import gives fresh ones) or timestamps. */
function contentOf(json: unknown): unknown {
  return JSON.parse(
    JSON.stringify(json, (key, value) =>
      key === 'exportedAt' || key === 'createdAt' || key === 'updatedAt' ? undefined : value,
    ),
  );
}

async function download(page: Page, testId: 'export-png' | 'export-json'): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Fichier' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(OUTPUT_DIR, `download-${testId}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function exportJsonOf(server: Server, boardId: string, token: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/boards/${boardId}/export.json?token=${token}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('export and import', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('exports PNG and JSON named after the board, and re-importing the JSON gives the same board', async () => {
    const board = await createBoardViaApi(server, {
      title: 'Parcours export',
      locale: 'fr',
      template: 'fr-purchase-8',
    });
    const { context, page } = await newParticipant(browser, 'Alice');
    await page.goto(boardUrl(server, board));
    await waitConnected(page);
    await page.getByTestId('add-enchantment').click();
    await page.getByTestId('card-panel').getByLabel('Texte').fill('Livraison en avance');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardsOf(page)).some((c) => c.text === 'Livraison en avance')).toBe(true);

    const png = await download(page, 'export-png');
    expect(png.name).toMatch(/^Parcours export.*\.png$/);
    const pngBytes = readFileSync(png.path);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const json = await download(page, 'export-json');
    expect(json.name).toBe('Parcours export.json');
    const exported = JSON.parse(readFileSync(json.path, 'utf8'));
    expect(JSON.stringify(exported)).toContain('Livraison en avance');

    // Import the JSON from the home page: a new board with the same content opens.
    await page.goto(server.url);
    await page.getByTestId('import-file').setInputFiles(json.path);
    await page.waitForURL(/\/b\//);
    await waitConnected(page);
    const imported = await stateOf(page);
    expect(imported.boardId).not.toBe(board.id);
    const url = new URL(page.url());
    const importedJson = await exportJsonOf(server, imported.boardId!, url.searchParams.get('token')!);
    expect(contentOf(importedJson)).toEqual(contentOf(exported));
    expect(await page.locator('.board-title').textContent()).toBe('Parcours export');

    await context.close();
  });

  it('refuses a broken file with its errors path by path, and creates nothing', async () => {
    const { context, page } = await newParticipant(browser, 'Alice');
    // A real export, damaged in two places a hand edit could.
    const source = await createBoardViaApi(server, { title: 'Source', locale: 'fr', template: 'fr-purchase-8' });
    const map = (await exportJsonOf(server, source.id, source.editToken)) as {
      journeys: { stage: string; cards: { emotion?: number }[] }[];
    };
    map.journeys[0]!.stage = 'peut-être';
    map.journeys[0]!.cards[0]!.emotion = 7;
    const broken = join(OUTPUT_DIR, 'broken-board.json');
    writeFileSync(broken, JSON.stringify(map));
    await page.goto(server.url);
    await page.getByTestId('import-file').setInputFiles(broken);
    const errors = page.locator('.import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('aucun tableau n');
    const items = await errors.locator('li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((line) => line.startsWith('journeys[0].stage'))).toBe(true);
    expect(items.some((line) => line.startsWith('journeys[0].cards[0].emotion'))).toBe(true);
    await screenshot(page, 'home-import-errors');
    // Nothing was created: still home, nothing new in the recent list.
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.recent-item').count()).toBe(0);

    // Not JSON at all: refused too, with a message.
    const garbage = join(OUTPUT_DIR, 'garbage.json');
    writeFileSync(garbage, '{ this is not json');
    await page.getByTestId('import-file').setInputFiles(garbage);
    await expect.poll(() => errors.textContent()).toContain('garbage.json');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
