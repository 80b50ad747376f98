/**
 * Running a workshop as its facilitator (issue 6): a facilitator and two participants in their own
 * browsers, on the real server. The lock disables a participant's add-phase; the facilitator's
 * timer counts down on a participant's screen; private mode hides a participant's new card from the
 * other until the reveal; a dot vote limits the dots and shows the ranking once closed.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  cardsOf,
  createBoardFromHome,
  readShareDialog,
  rectOnCanvas,
  snapshotOf,
  stateOf,
  waitConnected,
} from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

/** Clicks a card on the canvas (panning to it first), which selects it and opens the card panel. */
async function openCard(page: Page, cardId: string): Promise<void> {
  const rect = await rectOnCanvas(page, { cardId }, true);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.getByTestId('card-panel').waitFor();
  await expect.poll(async () => (await stateOf(page)).selection).toEqual([cardId]);
}

describe('facilitating a workshop', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('locks the structure, runs a timer, a private brainstorm and a dot vote with two participants', async () => {
    const fanny = await newParticipant(browser, 'Fanny');
    const alice = await newParticipant(browser, 'Alice');
    const bob = await newParticipant(browser, 'Bob');
    // The creator is the facilitator; the participants join by the edit link from *Partager*.
    await createBoardFromHome(fanny.page, server.url, { title: 'Atelier animé' });
    const links = await readShareDialog(fanny.page);
    // One after the other: three cold page loads at once can starve a busy 2-core machine.
    for (const who of [alice, bob]) {
      await who.page.goto(links.edit!);
      await waitConnected(who.page);
    }
    await expect.poll(async () => (await stateOf(fanny.page)).role).toBe('facilitator');
    expect((await stateOf(alice.page)).role).toBe('edit');
    // Participants have no facilitation controls.
    expect(await alice.page.getByTestId('facilitate').count()).toBe(0);

    // The share dialog offers the facilitator link (this page's) to the facilitator, apart from the edit link.
    expect(links.facilitator).toBe(fanny.page.url());
    expect(links.edit).not.toBe(links.facilitator);

    // Lock: a participant's add-phase is disabled, with the reason; the board's phases do not change.
    await fanny.page.getByTestId('facilitate').click();
    const panel = fanny.page.getByTestId('facilitator-panel');
    await panel.getByTestId('lock-structure').check();
    const addPhase = alice.page.getByRole('button', { name: '+ Phase' });
    await expect.poll(() => addPhase.isDisabled()).toBe(true);
    expect(await addPhase.getAttribute('title')).toBe("La structure est verrouillée par l'animateur");
    await alice.page.getByTestId('status-lock').waitFor();
    const phasesBefore = Object.keys((await snapshotOf(alice.page))!.phases).length;
    await addPhase.click({ force: true });
    await alice.page.keyboard.press('Escape');
    expect(Object.keys((await snapshotOf(fanny.page))!.phases).length).toBe(phasesBefore);
    expect((await stateOf(alice.page)).connection).toBe('connected');
    // The facilitator still changes the structure.
    await fanny.page.getByRole('button', { name: '+ Phase' }).click();
    await expect.poll(async () => Object.keys((await snapshotOf(alice.page))!.phases).length).toBe(phasesBefore + 1);

    // Timer: started by the facilitator, counting down on Bob's screen; paused for everyone.
    await panel.getByTestId('timer-duration').selectOption('3');
    await panel.getByRole('button', { name: 'Démarrer' }).click();
    const countdown = bob.page.getByTestId('timer-countdown');
    await expect.poll(() => countdown.getAttribute('data-status')).toBe('running');
    const first = (await countdown.textContent()) ?? '';
    expect(first).toMatch(/[23]:\d\d/);
    await expect.poll(async () => (await countdown.textContent()) !== first).toBe(true);
    await screenshot(fanny.page, 'facilitation-facilitator-panel');
    await panel.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => countdown.getAttribute('data-status')).toBe('paused');
    await screenshot(bob.page, 'facilitation-participant-timer-paused');

    // Private mode: Alice's new irritant is hers alone until the facilitator reveals it.
    await panel.getByTestId('private-mode').check();
    await alice.page.getByTestId('status-private').waitFor();
    const before = new Set((await cardsOf(alice.page)).map((c) => c.id));
    await alice.page.getByTestId('add-irritant').click();
    await expect.poll(async () => (await cardsOf(alice.page)).filter((c) => !before.has(c.id)).length).toBe(1);
    const secret = (await cardsOf(alice.page)).find((c) => !before.has(c.id))!;
    expect(secret.hidden).toBe(true);
    await alice.page.getByTestId('card-panel').getByLabel('Texte').fill('Frais de port découverts au paiement');
    await expect
      .poll(async () => (await cardsOf(alice.page)).find((c) => c.id === secret.id)?.text)
      .toBe('Frais de port découverts au paiement');
    await panel.getByTestId('hidden-count').getByText('1 carte cachée').waitFor();
    expect((await snapshotOf(bob.page))!.cards[secret.id]).toBeUndefined();
    expect((await snapshotOf(fanny.page))!.cards[secret.id]).toBeUndefined();
    await panel.getByRole('button', { name: 'Révéler' }).click();
    await expect
      .poll(async () => (await snapshotOf(bob.page))!.cards[secret.id]?.text)
      .toBe('Frais de port découverts au paiement');
    await panel.getByTestId('private-mode').uncheck();

    // Dot vote on irritants, 2 dots each: Bob spends both on the template's irritant, no third.
    await panel.getByTestId('vote-dots').fill('2');
    await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
    const irritant = Object.values((await snapshotOf(bob.page))!.cards).find(
      (c) => c.kind === 'irritant' && c.id !== secret.id,
    )!;
    await openCard(bob.page, irritant.id);
    const bobVote = bob.page.getByTestId('card-vote');
    await bobVote.getByRole('button', { name: 'Poser une gommette' }).click();
    await bobVote.getByText('il vous reste 1 gommette').waitFor();
    await bobVote.getByRole('button', { name: 'Poser une gommette' }).click();
    await bobVote.getByText(/il vous reste 0 gommettes?/).waitFor();
    expect(await bobVote.getByRole('button', { name: 'Poser une gommette' }).isDisabled()).toBe(true);
    await openCard(alice.page, secret.id);
    await alice.page.getByTestId('card-vote').getByRole('button', { name: 'Poser une gommette' }).click();
    await panel.getByTestId('vote-progress').getByText('3 gommettes posées').waitFor();
    // Results stay hidden while the vote is open.
    expect(await bob.page.getByTestId('vote-results').count()).toBe(0);
    await screenshot(bob.page, 'facilitation-participant-voting');

    await panel.getByRole('button', { name: 'Clore le vote et afficher les résultats' }).click();
    const results = bob.page.getByTestId('vote-results');
    await results.waitFor();
    await expect.poll(() => results.getByTestId('vote-result').count()).toBe(2);
    expect(await results.getByTestId('vote-result').nth(0).textContent()).toContain('2 gommettes');
    expect(await results.getByTestId('vote-result').nth(1).textContent()).toContain('Frais de port');
    await bobVote.getByText('2 gommettes · rang 1').waitFor();
    await screenshot(bob.page, 'facilitation-vote-results');
    await screenshot(fanny.page, 'facilitation-facilitator-after-vote');
    // Nobody was disconnected by a refused change along the way.
    for (const { page } of [fanny, alice, bob]) expect((await stateOf(page)).error).toBeNull();
    await Promise.all([fanny.context.close(), alice.context.close(), bob.context.close()]);
  });
});
