/**
 * Comments and the comment link (issue 15), on the real server: a reviewer who was not at the
 * workshop opens the comment link copied from *Partager*, comments on an irritant and mentions the
 * facilitator; the facilitator sees the badge and the mention live, replies and resolves, and the
 * reviewer sees both; back on the board later, the facilitator is told of new mentions. Text typed
 * as markup shows as text. Checked at 1280x720 (facilitator) and 1920x1080 (reviewer).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';
import { press, usable } from './screenChecks';

/** Clicks a card on the canvas (panning to it first): it is selected and its panel opens. */
async function openCard(page: Page, cardId: string): Promise<void> {
  const rect = await rectOnCanvas(page, { cardId }, true);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.getByTestId('card-panel').waitFor();
  await expect.poll(async () => (await stateOf(page)).selection).toEqual([cardId]);
}

describe('comments on the map', () => {
  let server: Server;
  let browser: Parameters<Parameters<typeof useServerAndBrowser>[0]>[1];
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('lets a reviewer comment through the comment link; a participant replies and resolves, both live', async () => {
    const fanny = await newParticipant(browser, 'Fanny', { viewport: { width: 1280, height: 720 } });
    const remi = await newParticipant(browser, 'Rémi', { viewport: { width: 1920, height: 1080 } });
    await createBoardFromHome(fanny.page, server.url, { title: 'Parcours revu' });
    const links = await readShareDialog(fanny.page);
    expect(links.comment).toMatch(/\/b\/.+\?token=/);
    expect(new Set([links.comment, links.edit, links.view, links.facilitator]).size).toBe(4);

    // The reviewer: the board read-only, with commenting.
    await remi.page.goto(links.comment!);
    await waitConnected(remi.page);
    expect((await stateOf(remi.page)).role).toBe('comment');
    await expect.poll(() => remi.page.getByTestId('view-only').textContent()).toBe('Lecture et commentaires');
    expect(await remi.page.getByRole('button', { name: '+ Phase' }).count()).toBe(0);

    const snapshot = (await snapshotOf(remi.page))!;
    const irritant = Object.values(snapshot.cards).find((c) => c.kind === 'irritant')!;
    await openCard(remi.page, irritant.id);
    const panel = remi.page.getByTestId('card-panel');
    await press(panel.getByRole('button', { name: 'Commenter' }));
    const field = panel.getByRole('combobox', { name: /Écrivez un commentaire/ });
    await field.pressSequentially('Notre 1er motif d’appel <b>!</b> @Fa');
    await press(remi.page.getByRole('option', { name: 'Fanny' }));
    await expect.poll(() => field.inputValue()).toBe('Notre 1er motif d’appel <b>!</b> @Fanny ');
    await field.pressSequentially('qu’en penses-tu ?');
    await press(panel.getByRole('button', { name: 'Publier' }));
    const posted = panel.getByTestId('comment');
    await expect
      .poll(() => posted.first().textContent())
      .toContain('Notre 1er motif d’appel <b>!</b> @Fanny qu’en penses-tu ?');
    await screenshot(remi.page, 'comments-reviewer-1920');

    // The participant: the count and the mention arrive live; "Pour moi" lists the thread.
    const button = fanny.page.getByTestId('comments-button');
    await expect
      .poll(() => button.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Commentaires (1), 1 nouvelle mention');
    await screenshot(fanny.page, 'comments-badge-1280');
    await press(button);
    const commentsPanel = fanny.page.getByTestId('comments-panel');
    await press(commentsPanel.getByRole('button', { name: 'Pour moi' }));
    const summary = commentsPanel.getByTestId('thread-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain(irritant.text.split('\n')[0]!.slice(0, 20));
    await screenshot(fanny.page, 'comments-panel-1280');
    await press(summary);
    await expect.poll(async () => (await stateOf(fanny.page)).selection).toEqual([irritant.id]);
    const cardPanel = fanny.page.getByTestId('card-panel');
    const mention = cardPanel.locator('.comment-mention.is-me');
    await expect.poll(() => mention.textContent()).toBe('@Fanny');
    // Markup is text: no <b> element came from the comment.
    expect(await cardPanel.getByTestId('comment').locator('b').count()).toBe(0);

    await press(cardPanel.getByRole('button', { name: 'Répondre' }));
    await cardPanel.getByRole('combobox', { name: /Répondre/ }).fill('On le traite.');
    await press(cardPanel.getByRole('button', { name: 'Répondre' }).last());
    // Her own reply can be edited (the server checks it is hers).
    await press(cardPanel.getByRole('button', { name: 'Modifier' }));
    await cardPanel.getByRole('combobox', { name: /Écrivez un commentaire/ }).fill('On le traite au prochain sprint.');
    await press(cardPanel.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => cardPanel.getByText('modifié').count()).toBe(1);
    await press(cardPanel.getByRole('button', { name: 'Résoudre' }));
    // Resolved threads are hidden by default, behind their count.
    await press(cardPanel.getByRole('button', { name: 'Résolus (1)' }));
    await usable(cardPanel.getByText('Résolu', { exact: true }));
    await screenshot(fanny.page, 'comments-resolved-1280');

    // The reviewer sees the reply and the resolution live.
    await expect
      .poll(() => remi.page.getByTestId('comments-button').getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Commentaires');
    await press(panel.getByRole('button', { name: 'Résolus (1)' }));
    await expect.poll(() => panel.textContent()).toContain('On le traite au prochain sprint.');
    await usable(panel.getByRole('button', { name: 'Rouvrir' }));
    await screenshot(remi.page, 'comments-reviewer-resolved-1920');

    // A 100 KB comment is refused with a clear message, and nothing is written.
    await press(panel.getByRole('button', { name: 'Commenter' }));
    const huge = panel.getByRole('combobox', { name: /Écrivez un commentaire/ });
    await huge.fill('x'.repeat(100_000));
    await press(panel.getByRole('button', { name: 'Publier' }));
    await usable(panel.getByRole('alert').filter({ hasText: 'Un commentaire fait au plus 5000 caractères' }));
    await press(panel.getByRole('button', { name: 'Annuler' }));
    expect(Object.keys((await snapshotOf(remi.page))!.comments)).toHaveLength(2);

    // Fanny leaves; two new mentions meanwhile; on her next visit she is told.
    const boardUrl = fanny.page.url();
    await fanny.page.goto(server.url);
    for (const text of ['Et celui-ci, ', 'Et le délai, ']) {
      await press(panel.getByRole('button', { name: 'Commenter' }));
      const next = panel.getByRole('combobox', { name: /Écrivez un commentaire/ });
      await next.pressSequentially(`${text}@Fan`);
      await press(remi.page.getByRole('option', { name: 'Fanny' }));
      await press(panel.getByRole('button', { name: 'Publier' }));
      await expect
        .poll(() => panel.getByTestId('comment-thread').count())
        .toBeGreaterThan(text === 'Et celui-ci, ' ? 0 : 1);
    }
    await fanny.page.goto(boardUrl);
    await waitConnected(fanny.page);
    await usable(fanny.page.getByText('2 nouvelles mentions'));
    await expect
      .poll(() => fanny.page.getByTestId('comments-button').getAttribute('aria-label'))
      .toBe('Commentaires (2), 2 nouvelles mentions');
    await screenshot(fanny.page, 'comments-next-visit-1280');

    // A peer deletes the card: its threads stay, "on a deleted card"; undo brings them back on it.
    await openCard(fanny.page, irritant.id);
    await press(fanny.page.getByRole('button', { name: 'Supprimer la sélection' }));
    await press(remi.page.getByTestId('comments-button'));
    const remiPanel = remi.page.getByTestId('comments-panel');
    await expect.poll(() => remiPanel.getByText('Sur une carte supprimée').count()).toBe(2);
    await screenshot(remi.page, 'comments-deleted-card-1920');
    await press(fanny.page.getByRole('button', { name: 'Annuler', exact: true }));
    await expect.poll(() => remiPanel.getByText('Sur une carte supprimée').count()).toBe(0);
    await expect.poll(() => remiPanel.getByTestId('thread-summary').count()).toBe(2);

    // A thread on a phase header, from the panel.
    await remiPanel.getByRole('combobox', { name: 'Nouveau fil sur' }).selectOption({ label: 'Phase « Comparaison »' });
    await remiPanel.getByRole('combobox', { name: /Écrivez un commentaire/ }).fill('Phase trop longue ?');
    await press(remiPanel.getByRole('button', { name: 'Publier' }));
    await expect.poll(() => remiPanel.getByTestId('thread-summary').count()).toBe(3);
    await expect
      .poll(() => remiPanel.getByTestId('thread-summary').filter({ hasText: 'Phase « Comparaison »' }).count())
      .toBe(1);
    // And one pinned to a free point of the board.
    await remiPanel
      .getByRole('combobox', { name: 'Nouveau fil sur' })
      .selectOption({ label: 'Un point du tableau (au centre de l’écran)' });
    await remiPanel.getByRole('combobox', { name: /Écrivez un commentaire/ }).fill('Il manque une étape ici.');
    await press(remiPanel.getByRole('button', { name: 'Publier' }));
    await expect
      .poll(() => remiPanel.getByTestId('thread-summary').filter({ hasText: 'Point du tableau' }).count())
      .toBe(1);
    await screenshot(remi.page, 'comments-header-thread-1920');
    // Deleting one's only comment of a thread takes the thread away.
    await press(remiPanel.getByTestId('thread-summary').filter({ hasText: 'Point du tableau' }));
    await press(remiPanel.getByRole('button', { name: 'Supprimer' }));
    await usable(remiPanel.getByText('Supprimer ce commentaire ?'));
    await press(remiPanel.getByRole('button', { name: 'Supprimer' }));
    await expect.poll(() => remiPanel.getByTestId('thread-summary').count()).toBe(3);

    // The same in English.
    await remi.page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect.poll(() => remi.page.getByTestId('view-only').textContent()).toBe('Read and comment');
    await expect.poll(() => remi.page.getByTestId('comments-button').getAttribute('aria-label')).toBe('Comments (3)');
    await usable(remiPanel.getByRole('button', { name: 'For me' }));
    await fanny.context.close();
    await remi.context.close();
  }, 120_000);
});
