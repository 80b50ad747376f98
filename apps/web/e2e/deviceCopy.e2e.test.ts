/**
 * The board's copy on the device (y-indexeddb): what the server sent on opening is kept, as a whole
 * board; edits made afterwards are stored one by one (offline.e2e.test.ts). A guard for any change
 * to how the first sync is applied or stored (the first paint's largest cost, docs/BENCHMARKS.md).
 */
import { toSnapshot } from '@parcours/journey';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsOf, createBoardFromHome, storedUpdates } from './board';
import { newParticipant, type Server, useServerAndBrowser } from './harness';

describe('the board on this device', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('keeps the whole board the server sent', async () => {
    const camille = await newParticipant(browser, 'Camille');
    const boardId = await createBoardFromHome(camille.page, server.url, { title: 'Copie locale' });
    const onScreen = (await cardsOf(camille.page)).map((card) => card.id).sort();
    expect(onScreen.length).toBeGreaterThan(0);
    await expect
      .poll(
        async () => {
          const doc = new Y.Doc();
          for (const update of await storedUpdates(camille.page, boardId)) Y.applyUpdate(doc, update);
          return Object.keys(toSnapshot(doc).cards).sort();
        },
        { timeout: 10_000 },
      )
      .toEqual(onScreen);
    await camille.context.close();
  });
});
