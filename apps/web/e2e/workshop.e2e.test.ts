import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, rectOnCanvas, snapshotOf, stateOf } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

describe('running a workshop', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('renames the board, sets the persona, duplicates the journey as to-be, shares, rates and votes, in French then English', async () => {
    const { context, page } = await newParticipant(browser, 'Alice');
    await createBoardFromHome(page, server.url, { title: 'Atelier' });

    // Rename the board in place.
    await page.getByRole('button', { name: 'Renommer le tableau' }).click();
    await page.getByRole('textbox', { name: 'Renommer le tableau' }).fill('Atelier fidélisation');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await snapshotOf(page))?.board.title).toBe('Atelier fidélisation');

    // Persona: create one for this journey and describe it.
    await page.getByRole('button', { name: 'Persona', exact: true }).click();
    await page.getByRole('button', { name: 'Nouveau persona' }).click();
    const panel = page.getByTestId('persona-panel');
    await panel.getByLabel('Nom').fill('Sophie, 34 ans');
    await panel.getByLabel('Objectifs').fill('Recevoir vite\nPayer sans frais cachés');
    await panel.getByLabel('Citation').fill('Je veux savoir quand j’aurai mon colis.');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const s = await snapshotOf(page);
        const journey = s && Object.values(s.journeys)[0];
        const persona = journey?.personaId ? s?.personas[journey.personaId] : undefined;
        return persona && { name: persona.name, goals: persona.goals };
      })
      .toEqual({ name: 'Sophie, 34 ans', goals: ['Recevoir vite', 'Payer sans frais cachés'] });
    await screenshot(page, 'board-persona-panel');

    // Duplicate the journey as "to-be": a second tab, selected.
    const asIs = (await stateOf(page)).journeyId;
    await page.getByRole('button', { name: 'Actions sur les parcours' }).click();
    await page.getByRole('menuitem', { name: 'Dupliquer en parcours cible' }).click();
    await expect.poll(async () => Object.keys((await snapshotOf(page))?.journeys ?? {}).length).toBe(2);
    const toBe = (await stateOf(page)).journeyId;
    expect(toBe).not.toBe(asIs);
    expect((await snapshotOf(page))?.journeys[toBe!]?.stage).toBe('to-be');
    await page.getByText('cible', { exact: true }).first().waitFor();

    // Rate and vote on a card of the to-be journey (the template's example touchpoint).
    const snapshot = (await snapshotOf(page))!;
    const card = Object.values(snapshot.cards).find((c) => c.journeyId === toBe && c.kind === 'touchpoint')!;
    const rect = await rectOnCanvas(page, { cardId: card.id }, true);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const cardPanel = page.getByTestId('card-panel');
    await cardPanel.getByTestId('my-rating').getByRole('button', { name: 'Positive', exact: true }).click();
    await cardPanel.getByRole('button', { name: 'Voter' }).click();
    await cardPanel.getByRole('button', { name: 'Voter' }).click();
    await expect
      .poll(async () => {
        const c = (await snapshotOf(page))?.cards[card.id];
        return c && { rating: c.ratings['p-alice'], votes: c.votes['p-alice'] };
      })
      .toEqual({ rating: 1, votes: 2 });
    await cardPanel.getByText('2 votes').waitFor();
    await screenshot(page, 'board-to-be-rated');

    // Share: the edit and view links, and this page's own (facilitator) link apart.
    const links = await readShareDialog(page);
    expect(links.facilitator).toBe(page.url());
    expect(links.edit).not.toBe(links.facilitator);
    await page.getByRole('button', { name: 'Partager' }).click();
    await screenshot(page, 'board-share-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Help lists the shortcuts (opened with "?").
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('Shift+?');
    await page.getByRole('heading', { name: 'Raccourcis clavier' }).waitFor();
    expect(await page.locator('.shortcuts tr').count()).toBeGreaterThan(10);
    await screenshot(page, 'board-help');
    await page.keyboard.press('Escape');

    // English: the whole shell switches.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('button', { name: 'Share' }).waitFor();
    await page.getByTestId('connection').getByText('Connected').waitFor();
    await screenshot(page, 'board-english');

    // Deleting the to-be journey asks first, then goes back to the as-is one.
    await page.getByRole('button', { name: 'Journey actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete this journey' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => Object.keys((await snapshotOf(page))?.journeys ?? {}).length).toBe(1);
    expect((await stateOf(page)).journeyId).toBe(asIs);
    await context.close();
  });
});
