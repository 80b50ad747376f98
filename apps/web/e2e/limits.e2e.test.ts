/**
 * The server's limits as a participant meets them (issue 12): a board at its size limit refuses a
 * change (4413), the page reloads it as stored and says so, and the home page says why no more boards can be created
 * from this address this hour (429), instead of a generic error. The server runs with limits low
 * enough to reach in a few clicks.
 */
import { createBoardDoc } from '@parcours/journey';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotOf, stateOf, waitConnected } from './board';
import { boardUrl, createBoardViaApi, newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

const BOARD = { title: 'Atelier plein', locale: 'fr', template: 'fr-lifecycle-5' } as const;
/**
 * The new board's size, as the server stores it, plus less than one card. A doc's size depends on
 * its random client id (a varint of 4 or 5 bytes, repeated in every origin), so take the largest of
 * 32 docs: all 32 get a 4-byte id with a probability of 16^-32. (With one doc, a server whose id was
 * longer than ours made the new board itself over the limit, once in about 16 runs.)
 */
const BOARD_MAX_BYTES =
  Math.max(...Array.from({ length: 32 }, () => Y.encodeStateAsUpdate(createBoardDoc(BOARD)).byteLength)) + 40;

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

  it('says the board is full when a change would take it past its size limit, and keeps showing it as stored', async () => {
    const board = await createBoardViaApi(server, BOARD);
    const { page } = await newParticipant(browser, 'Inès');
    await page.goto(boardUrl(server, board));
    await waitConnected(page);
    const cards = async () => Object.keys((await snapshotOf(page))?.cards ?? {}).length;
    const before = await cards();
    await page.getByTestId('add-note').click();
    // Refused (4413): the page reloads the board as stored and says why.
    await page.getByText('Ce tableau a atteint sa taille maximale').waitFor({ timeout: 30_000 });
    await waitConnected(page);
    expect(await cards()).toBe(before);
    expect((await stateOf(page)).error).toBeNull();
    await screenshot(page, 'board-full-reloaded');
    // Refused again right away: no reload loop, the page says the board is full.
    await page.keyboard.press('Escape');
    await page.getByTestId('add-note').click();
    await page.getByRole('heading', { name: 'Tableau plein' }).waitFor({ timeout: 30_000 });
    expect((await stateOf(page)).error).toBe('board-full');
    await screenshot(page, 'board-full');
  });

  it('says why no more boards can be created from this address this hour', async () => {
    // The first test created one board; this address may create one more.
    const { page } = await newParticipant(browser, 'Inès');
    await page.goto(server.url);
    await page.getByLabel('Titre').fill('Deuxième atelier');
    await page.getByText('Tableau vierge', { exact: true }).click(); // under this server's tiny board limit
    await page.getByRole('button', { name: 'Créer le tableau' }).click();
    await waitConnected(page);
    await page.goto(server.url);
    await page.getByLabel('Titre').fill('Troisième atelier');
    await page.getByRole('button', { name: 'Créer le tableau' }).click();
    await page.getByText('Trop de tableaux ont été créés depuis votre adresse').waitFor();
    await screenshot(page, 'create-too-many');
  });
});
