import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, stateOf, storedUpdateCount, waitConnected } from './board';
import { boardUrl, createBoardViaApi, newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

describe('working offline', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('keeps edits made offline on the device and merges them with the others’ when the connection returns', async () => {
    const board = await createBoardViaApi(server, { title: 'Hors ligne', locale: 'fr', template: 'fr-lifecycle-5' });
    const alice = await newParticipant(browser, 'Alice');
    const bob = await newParticipant(browser, 'Bob');
    await Promise.all([alice.page.goto(boardUrl(server, board)), bob.page.goto(boardUrl(server, board))]);
    await Promise.all([waitConnected(alice.page), waitConnected(bob.page)]);
    const initial = (await cardsOf(alice.page)).length;

    await alice.context.setOffline(true);
    await expect.poll(async () => (await stateOf(alice.page)).connection).toBe('offline');

    // Alice adds an irritant and writes it while offline: the top bar counts what waits to be sent.
    await alice.page.getByTestId('add-irritant').click();
    await alice.page.getByTestId('card-panel').getByLabel('Texte').fill('Pas de réseau en magasin');
    await alice.page.keyboard.press('Escape');
    await expect.poll(async () => (await stateOf(alice.page)).unsynced).toBeGreaterThan(0);
    expect(await alice.page.getByTestId('connection').textContent()).toMatch(/Hors ligne.*à envoyer/);
    await screenshot(alice.page, 'board-offline');

    // Meanwhile Bob, online, adds a note.
    await bob.page.getByTestId('add-note').click();
    await bob.page.getByTestId('card-panel').getByLabel('Texte').fill('Vu par Bob');
    await expect.poll(async () => (await cardsOf(bob.page)).find((c) => c.text === 'Vu par Bob')).toBeDefined();
    expect((await cardsOf(alice.page)).some((c) => c.text === 'Vu par Bob')).toBe(false);

    // Back online: both edits are on both sides, and nothing waits any more.
    await alice.context.setOffline(false);
    await expect.poll(async () => (await stateOf(alice.page)).connection, { timeout: 20_000 }).toBe('connected');
    for (const page of [alice.page, bob.page]) {
      await expect
        .poll(async () =>
          (await cardsOf(page))
            .map((c) => c.text)
            .filter((t) => t === 'Pas de réseau en magasin' || t === 'Vu par Bob')
            .sort(),
        )
        .toEqual(['Pas de réseau en magasin', 'Vu par Bob']);
    }
    expect((await cardsOf(bob.page)).length).toBe(initial + 2);
    await expect.poll(async () => (await stateOf(alice.page)).unsynced).toBe(0);

    // The board stays on the device: an edit made offline in a tab closed before reconnecting is
    // in IndexedDB only, and reaches the others when the board is opened again.
    await alice.context.setOffline(true);
    await expect.poll(async () => (await stateOf(alice.page)).connection).toBe('offline');
    await alice.page.getByTestId('add-touchpoint').click();
    await alice.page.getByTestId('card-panel').getByLabel('Texte').fill('Écrit hors ligne, onglet fermé');
    await alice.page.keyboard.press('Escape');
    await expect
      .poll(async () => (await cardsOf(alice.page)).some((c) => c.text === 'Écrit hors ligne, onglet fermé'))
      .toBe(true);
    // Close only once the text is on disk (y-indexeddb writes each update in its own transaction).
    const stored = await storedUpdateCount(alice.page, board.id);
    await alice.page.getByTestId('card-panel').getByLabel('Texte').fill('Écrit hors ligne, onglet fermé !');
    await alice.page.keyboard.press('Escape');
    await expect.poll(() => storedUpdateCount(alice.page, board.id)).toBeGreaterThan(stored);
    await alice.page.close();
    await alice.context.setOffline(false);
    const reopened = await alice.context.newPage();
    await reopened.goto(boardUrl(server, board));
    await waitConnected(reopened);
    await expect
      .poll(async () => (await cardsOf(bob.page)).some((c) => c.text === 'Écrit hors ligne, onglet fermé !'))
      .toBe(true);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });
});
