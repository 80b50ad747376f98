/**
 * A participant's change that only the facilitator may make, refused by the server (4403): here a
 * phase added offline while the facilitator locked the structure. Yjs cannot take it back, so the
 * app drops its local copy, reloads the board as stored and says why; the participant goes on
 * working (before, it showed the unauthorized page for good).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snapshotOf, stateOf, waitConnected } from './board';
import { createBoardViaApi, newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

describe('a refused change', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('reloads the board as stored, explains why, and lets the participant go on', async () => {
    const board = (await createBoardViaApi(server, {
      title: 'Atelier verrouillé',
      locale: 'fr',
      template: 'fr-purchase-8',
    })) as unknown as { id: string; editToken: string; facilitatorToken: string };
    const fanny = await newParticipant(browser, 'Fanny');
    const alice = await newParticipant(browser, 'Alice');
    await fanny.page.goto(`${server.url}/b/${board.id}?token=${board.facilitatorToken}`);
    await waitConnected(fanny.page);
    await alice.page.goto(`${server.url}/b/${board.id}?token=${board.editToken}`);
    await waitConnected(alice.page);
    const phases = async (page = fanny.page) => Object.keys((await snapshotOf(page))?.phases ?? {}).length;
    const before = await phases();

    // Offline, Alice adds a phase; meanwhile the facilitator locks the structure.
    await alice.context.setOffline(true);
    await expect.poll(async () => (await stateOf(alice.page)).connection).toBe('offline');
    await alice.page.getByRole('button', { name: '+ Phase' }).click();
    await alice.page.keyboard.press('Escape');
    await expect.poll(() => phases(alice.page)).toBe(before + 1);
    await fanny.page.getByTestId('facilitate').click();
    await fanny.page.getByTestId('facilitator-panel').getByTestId('lock-structure').check();

    // Back online: the server refuses the phase; Alice's page reloads the board as stored.
    await alice.context.setOffline(false);
    const notice = alice.page.getByText('Votre dernière modification a été refusée');
    await notice.waitFor({ timeout: 30_000 });
    await waitConnected(alice.page);
    await screenshot(alice.page, 'board-change-refused');
    expect(await phases(alice.page)).toBe(before);
    expect((await stateOf(alice.page)).error).toBeNull();
    await alice.page.getByTestId('status-lock').waitFor();
    expect(await phases()).toBe(before);

    // She goes on: a card she adds reaches the facilitator.
    await alice.page.getByTestId('add-note').click();
    await alice.page.getByTestId('card-panel').getByLabel('Texte').fill('Après le rechargement');
    await alice.page.keyboard.press('Escape');
    await expect
      .poll(async () =>
        Object.values((await snapshotOf(fanny.page))?.cards ?? {}).some((c) => c.text === 'Après le rechargement'),
      )
      .toBe(true);
  });
});
