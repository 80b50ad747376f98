import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snapshotOf, stateOf, waitConnected } from './board';
import { boardUrl, createBoardViaApi, newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

describe('creating a board', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('creates a board from the French 8-phase template, asks the name once, and lists it as recent', async () => {
    const { context, page } = await newParticipant(browser, null);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Nouveau tableau' }).waitFor();
    await expect.poll(() => page.getByText('Aucun tableau pour l').count()).toBe(1);
    await screenshot(page, 'home-empty');

    await page.getByLabel('Titre').fill('Atelier achat en ligne');
    await page.getByText("Parcours d'achat en 8 phases", { exact: true }).click();
    await page.getByRole('button', { name: 'Créer le tableau' }).click();

    // First visit on this device: choose a name and colour.
    await page.getByLabel('Votre nom').fill('Camille Martin');
    await screenshot(page, 'name-dialog');
    await page.getByRole('button', { name: 'Rejoindre le tableau' }).click();
    await waitConnected(page);

    const snapshot = (await snapshotOf(page))!;
    expect(snapshot.board.title).toBe('Atelier achat en ligne');
    expect(snapshot.board.locale).toBe('fr');
    const phases = Object.values(snapshot.phases)
      .sort((a, b) => (a.order < b.order ? -1 : 1))
      .map((p) => p.name);
    expect(phases).toHaveLength(8);
    expect(phases[0]).toMatch(/recherche/i);
    expect((await stateOf(page)).role).toBe('edit');
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('Connecté');
    await page.getByRole('button', { name: /Vous : Camille Martin/ }).waitFor();
    await screenshot(page, 'board-fr-template');

    // The creator's device knows both links: the share dialog offers them, and the view link is read-only.
    await page.getByRole('button', { name: 'Partager' }).click();
    const editLink = await page.getByTestId('share-edit').inputValue();
    const viewLink = await page.getByTestId('share-view').inputValue();
    expect(editLink).toBe(page.url());
    expect(viewLink).not.toBe(editLink);
    await screenshot(page, 'share-dialog-creator');
    await page.keyboard.press('Escape');
    const viewer = await context.newPage();
    await viewer.goto(viewLink);
    await viewer.getByTestId('view-only').waitFor();
    expect((await stateOf(viewer)).role).toBe('view');
    await viewer.close();

    // Back home: the board is in the recent list, and removing it only forgets it on this device.
    await page.getByRole('link', { name: 'Accueil' }).click();
    const recent = page.locator('.recent-item');
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.textContent()).toContain('Atelier achat en ligne');
    await screenshot(page, 'home-recent');
    await page.getByRole('button', { name: /Retirer « Atelier achat en ligne »/ }).click();
    await expect.poll(() => recent.count()).toBe(0);
    await context.close();
  });

  it('shows a clear page for a wrong token, an unknown board or a link without token, and stops reconnecting', async () => {
    const board = await createBoardViaApi(server, { title: 'Privé', locale: 'fr', template: 'blank' });
    const { context, page } = await newParticipant(browser, 'Dominique');
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));

    await page.goto(`${server.url}/b/${board.id}?token=not-the-token`);
    await page.getByRole('heading', { name: 'Lien invalide' }).waitFor();
    await screenshot(page, 'board-error-unauthorized');
    // The relay refused with 4401: the client must not try again (it would every 2.5 s at most).
    const opened = sockets.length;
    await expect(page.waitForEvent('websocket', { timeout: 4000 })).rejects.toThrow();
    expect(sockets.length).toBe(opened);

    await page.goto(`${server.url}/b/AAAAAAAAAAAAAAAAAAAAAA?token=${board.editToken}`);
    await page.getByRole('heading', { name: 'Tableau introuvable' }).waitFor();

    await page.goto(`${server.url}/b/${board.id}`);
    await page.getByRole('heading', { name: 'Lien incomplet' }).waitFor();

    // The right link still works, and the home button leads home.
    await page.goto(boardUrl(server, board));
    await page.getByTestId('connection').waitFor();
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('heading', { name: 'Nouveau tableau' }).waitFor();
    await context.close();
  });
});
