/**
 * The server's limits as a participant meets them (issue 12): a board at its size limit refuses a
 * change (4413) and the page says so, and the home page says why no more boards can be created
 * from this address this hour (429), instead of a generic error. The server runs with limits low
 * enough to reach in a few clicks.
 */
import { createBoardDoc } from '@parcours/journey';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stateOf, waitConnected } from './board';
import { boardUrl, createBoardViaApi, newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

const BOARD = { title: 'Atelier plein', locale: 'fr', template: 'fr-lifecycle-5' } as const;
/** The new board's size, as the server stores it, plus less than one card. */
const BOARD_MAX_BYTES = Y.encodeStateAsUpdate(createBoardDoc(BOARD)).byteLength + 40;

describe('limits', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser(
    (s, b) => {
      [server, browser] = [s, b];
    },
    undefined,
    { limits: { boardMaxBytes: BOARD_MAX_BYTES, boardsPerAddressPerHour: 2 } },
  );

  it('says the board is full when a change would take it past its size limit', async () => {
    const board = await createBoardViaApi(server, BOARD);
    const { page } = await newParticipant(browser, 'Inès');
    await page.goto(boardUrl(server, board));
    await waitConnected(page);
    await page.getByTestId('add-note').click();
    await page.getByRole('heading', { name: 'Tableau plein' }).waitFor({ timeout: 30_000 });
    await page.getByText('Ce tableau a atteint sa taille maximale').waitFor();
    expect((await stateOf(page)).error).toBe('board-full');
    await screenshot(page, 'board-full');
  });

  it('says why no more boards can be created from this address this hour', async () => {
    // The first test created one board; this address may create one more.
    const { page } = await newParticipant(browser, 'Inès');
    await page.goto(server.url);
    await page.getByLabel('Titre').fill('Deuxième atelier');
    await page.getByRole('button', { name: 'Créer le tableau' }).click();
    await waitConnected(page);
    await page.goto(server.url);
    await page.getByLabel('Titre').fill('Troisième atelier');
    await page.getByRole('button', { name: 'Créer le tableau' }).click();
    await page.getByText('Trop de tableaux ont été créés depuis votre adresse').waitFor();
    await screenshot(page, 'create-too-many');
  });
});
