import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, snapshotOf, stateOf, waitConnected } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

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
    // The creator runs the workshop: facilitator role, *Animer* in the top bar.
    expect((await stateOf(page)).role).toBe('facilitator');
    await page.getByRole('button', { name: 'Animer' }).waitFor();
    await expect.poll(() => page.getByTestId('connection').textContent()).toContain('Connecté');
    await page.getByRole('button', { name: /Vous : Camille Martin/ }).waitFor();
    await screenshot(page, 'board-fr-template');

    // *Partager* offers the three links, each its own: the facilitator link is this page's, with a warning.
    const links = await readShareDialog(page);
    expect(links.facilitator).toBe(page.url());
    expect(new Set([links.edit, links.view, links.facilitator]).size).toBe(3);
    await page.getByRole('button', { name: 'Partager' }).click();
    await page.getByRole('note').getByText('Ne le partagez pas avec les participants').waitFor();
    await screenshot(page, 'share-dialog-creator');
    await page.keyboard.press('Escape');
    const viewer = await context.newPage();
    await viewer.goto(links.view!);
    await viewer.getByTestId('view-only').waitFor();
    expect((await stateOf(viewer)).role).toBe('view');
    // Looking at the edit link on this device does not cost the creator the facilitator role.
    await viewer.goto(links.edit!);
    await waitConnected(viewer);
    expect((await stateOf(viewer)).role).toBe('edit');
    expect(await viewer.getByRole('button', { name: 'Animer' }).count()).toBe(0);
    await viewer.close();

    // Back home: the board is in the recent list, and removing it only forgets it on this device.
    await page.getByRole('link', { name: 'Accueil' }).click();
    const recent = page.locator('.recent-item');
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.textContent()).toContain('Atelier achat en ligne');
    await screenshot(page, 'home-recent');
    // Reopened from the list, the board comes back with the facilitator link.
    await recent.getByRole('link').first().click();
    await waitConnected(page);
    expect(page.url()).toBe(links.facilitator);
    expect((await stateOf(page)).role).toBe('facilitator');
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /Retirer « Atelier achat en ligne »/ }).click();
    await expect.poll(() => recent.count()).toBe(0);
    await context.close();
  });

  it('gives a facilitator on another device the edit and view links, never its own as the edit link', async () => {
    const creator = await newParticipant(browser, 'Camille');
    await createBoardFromHome(creator.page, server.url, { title: 'Atelier à deux appareils' });
    const links = await readShareDialog(creator.page);
    await creator.context.close();

    // The facilitator link, copied to another browser: same three links, each from its own token.
    const other = await newParticipant(browser, 'Camille');
    await other.page.goto(links.facilitator!);
    await waitConnected(other.page);
    expect((await stateOf(other.page)).role).toBe('facilitator');
    expect(await readShareDialog(other.page)).toEqual(links);
    await screenshot(other.page, 'share-dialog-other-device');

    // An editor is given the comment and view links too, and never sees the facilitator link.
    const editor = await newParticipant(browser, 'Alice');
    await editor.page.goto(links.edit!);
    await waitConnected(editor.page);
    expect(await readShareDialog(editor.page)).toEqual({
      edit: links.edit,
      view: links.view,
      comment: links.comment,
      facilitator: null,
    });
    await Promise.all([other.context.close(), editor.context.close()]);
  });

  it('shows a clear page for a wrong token, an unknown board or a link without token, and stops reconnecting', async () => {
    const { context, page } = await newParticipant(browser, 'Dominique');
    await createBoardFromHome(page, server.url, { title: 'Privé' });
    const { edit } = await readShareDialog(page);
    const boardPath = new URL(edit!).pathname;
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));

    await page.goto(`${server.url}${boardPath}?token=not-the-token`);
    await page.getByRole('heading', { name: 'Lien invalide' }).waitFor();
    await screenshot(page, 'board-error-unauthorized');
    // The relay refused with 4401: the client must not try again (it would every 2.5 s at most).
    const opened = sockets.length;
    await expect(page.waitForEvent('websocket', { timeout: 4000 })).rejects.toThrow();
    expect(sockets.length).toBe(opened);

    await page.goto(`${server.url}/b/AAAAAAAAAAAAAAAAAAAAAA${new URL(edit!).search}`);
    await page.getByRole('heading', { name: 'Tableau introuvable' }).waitFor();

    await page.goto(`${server.url}${boardPath}`);
    await page.getByRole('heading', { name: 'Lien incomplet' }).waitFor();

    // The right link still works, and the home button leads home.
    await page.goto(edit!);
    await page.getByTestId('connection').waitFor();
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('heading', { name: 'Nouveau tableau' }).waitFor();
    await context.close();
  });
});
