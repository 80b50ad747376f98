/**
 * The PNG with comment markers (File → Export PNG avec commentaires), as a facilitator meets it at
 * 1280x720: offered once a card has an open thread, and the image it gives holds the legend under
 * the map (taller than the plain PNG, same width).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, rectOnCanvas, snapshotOf } from './board';
import { newParticipant, type Server, useServerAndBrowser } from './harness';
import { press, pressInTopBar } from './screenChecks';

/** The PNG downloaded from the File menu item `testId`, its size read from its header. */
async function exportPng(page: Page, testId: string): Promise<{ width: number; height: number }> {
  const file = page.waitForEvent('download');
  const where = await pressInTopBar(
    page,
    (bar) => bar.getByRole('button', { name: 'Fichier' }),
    (menu) => menu.getByTestId(testId),
  );
  if (where === 'bar') await page.getByTestId(testId).click();
  const stream = await (await file).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }; // IHDR
}

async function fileMenuHas(page: Page, testId: string): Promise<boolean> {
  await pressInTopBar(
    page,
    (bar) => bar.getByRole('button', { name: 'Fichier' }),
    (menu) => menu.getByTestId('export-png'),
  );
  const count = await page.getByTestId(testId).count();
  await page.keyboard.press('Escape');
  return count > 0;
}

describe('the PNG with comment markers', () => {
  let server: Server;
  let browser: Parameters<Parameters<typeof useServerAndBrowser>[0]>[1];
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('is offered once a card has an open thread, and lists the threads under the map', async () => {
    const fanny = await newParticipant(browser, 'Fanny', { viewport: { width: 1280, height: 720 } });
    const { page } = fanny;
    await createBoardFromHome(page, server.url, { title: 'Parcours commenté' });
    expect(await fileMenuHas(page, 'export-png-comments')).toBe(false);

    const irritant = Object.values((await snapshotOf(page))!.cards).find((c) => c.kind === 'irritant')!;
    const rect = await rectOnCanvas(page, { cardId: irritant.id }, true);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const panel = page.getByTestId('card-panel');
    await press(panel.getByRole('button', { name: 'Commenter' }));
    await panel.getByRole('combobox', { name: /Écrivez un commentaire/ }).fill('Trop de champs au paiement');
    await press(panel.getByRole('button', { name: 'Publier' }));
    await panel.getByTestId('comment').waitFor();
    await page.keyboard.press('Escape');

    const plain = await exportPng(page, 'export-png');
    const marked = await exportPng(page, 'export-png-comments');
    expect(marked.width).toBe(plain.width);
    expect(marked.height).toBeGreaterThan(plain.height);
    await fanny.context.close();
  });
});
