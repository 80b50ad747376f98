/**
 * A participant's change that only the facilitator may make, refused by the server (4403): here a
 * phase added offline while the facilitator locked the structure. Yjs cannot take it back, so the
 * app drops its local copy, reloads the board as stored and says why; the participant goes on
 * working (before, it showed the unauthorized page for good).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

describe('a refused change', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('reloads the board as stored, explains why, and lets the participant go on', async () => {
    const fanny = await newParticipant(browser, 'Fanny');
    const alice = await newParticipant(browser, 'Alice');
    await createBoardFromHome(fanny.page, server.url, { title: 'Atelier verrouillé' });
    const { edit } = await readShareDialog(fanny.page);
    await alice.page.goto(edit!);
    await waitConnected(alice.page);
    const phases = async (page = fanny.page) => Object.keys((await snapshotOf(page))?.phases ?? {}).length;
    const before = await phases();

    // Offline, Alice adds a phase; meanwhile the facilitator locks the structure.
    await alice.context.setOffline(true);
    await expect.poll(async () => (await stateOf(alice.page)).connection).toBe('offline');
    await alice.page.getByRole('button', { name: '+ Phase' }).click();
    await alice.page.keyboard.press('Escape');
    await expect.poll(() => phases(alice.page)).toBe(before + 1);
    await fanny.page.getByRole('button', { name: 'Animer' }).click();
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

  it('says so when an undo is refused because the facilitator locked the structure', async () => {
    const fanny = await newParticipant(browser, 'Fanny');
    const alice = await newParticipant(browser, 'Alice');
    await createBoardFromHome(fanny.page, server.url, { title: 'Atelier annulé' });
    const { edit } = await readShareDialog(fanny.page);
    await alice.page.goto(edit!);
    await waitConnected(alice.page);
    const phase = Object.values((await snapshotOf(alice.page))!.phases).sort((a, b) =>
      a.order < b.order ? -1 : 1,
    )[0]!;
    const phaseName = async (page: Page) => (await snapshotOf(page))?.phases[phase.id]?.name;

    // Alice renames the first phase; then the facilitator locks the structure.
    const header = await rectOnCanvas(alice.page, { phaseId: phase.id }, true);
    await alice.page.mouse.dblclick(header.x + header.width / 2, header.y + header.height / 2);
    await alice.page.getByTestId('header-name-editor').fill('Découverte');
    await alice.page.keyboard.press('Enter');
    await expect.poll(() => phaseName(fanny.page)).toBe('Découverte');
    await fanny.page.getByRole('button', { name: 'Animer' }).click();
    await fanny.page.getByTestId('facilitator-panel').getByTestId('lock-structure').check();
    await alice.page.getByTestId('status-lock').waitFor();

    // Her undo would rename the phase back: the server refuses it, and she is told what happened.
    await alice.page.getByRole('button', { name: 'Annuler', exact: true }).click();
    const notice = alice.page.getByRole('alert').filter({ hasText: 'Votre annulation a été refusée' });
    await notice.waitFor({ timeout: 30_000 });
    await waitConnected(alice.page);
    expect(await notice.textContent()).toContain('structure est verrouillée');
    await screenshot(alice.page, 'board-undo-refused');
    expect(await phaseName(alice.page)).toBe('Découverte');
    expect(await phaseName(fanny.page)).toBe('Découverte');
    expect((await stateOf(alice.page)).error).toBeNull();
    // The message stays until she closes it (a reload on a busy machine can outlast a toast).
    await notice.getByRole('button', { name: 'Fermer' }).click();
    await notice.waitFor({ state: 'detached' });
    await Promise.all([fanny.context.close(), alice.context.close()]);
  });
});
