/**
 * The board's history as a facilitator uses it after a workshop: save a named version, someone
 * deletes a phase, see what changed since the version, bring the phase back with its cards, and
 * a second participant sees it come back. Then a read-only preview of the version. At 1280x720
 * and 1920x1080 (the History button is in the "Plus" menu when the top bar is narrow).
 */
import type { Snapshot } from '@parcours/journey';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

async function openHistory(page: Page): Promise<void> {
  const button = page.getByRole('menuitem', { name: 'Historique', exact: true });
  // An item of the File menu ("Fichier"), which a narrow bar folds into "Plus".
  const file = page.getByRole('button', { name: 'Fichier', exact: true });
  if (await file.isVisible()) await file.click();
  else await page.getByRole('button', { name: 'Plus', exact: true }).click();
  await button.click();
  await page.getByTestId('history-panel').waitFor();
}

/** The phase of the first journey holding the most cards, and those cards. */
function busiestPhase(snapshot: Snapshot): { id: string; name: string; cards: string[] } {
  const phases = Object.values(snapshot.phases);
  const cardsOf = (id: string) =>
    Object.values(snapshot.cards)
      .filter((c) => c.phaseId === id)
      .map((c) => c.id);
  const phase = phases.sort((a, b) => cardsOf(b.id).length - cardsOf(a.id).length)[0]!;
  return { id: phase.id, name: phase.name, cards: cardsOf(phase.id) };
}

/** Clicks the delete glyph in the top-right corner of a phase header (and accepts the confirmation). */
async function deletePhase(page: Page, phaseId: string): Promise<void> {
  const header = await rectOnCanvas(page, { phaseId }, true);
  const zoom = await page.evaluate(() => window.__parcoursCanvas!.camera().zoom);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.mouse.click(header.x + header.width - 15 * zoom, header.y + 15 * zoom);
}

describe('board history', () => {
  let server: Server;
  let browser: import('playwright-core').Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`brings back a deleted phase with its cards for everyone (${viewport.width}x${viewport.height})`, async () => {
      const size = `${viewport.width}x${viewport.height}`;
      const alice = await newParticipant(browser, 'Alice', { viewport });
      const bob = await newParticipant(browser, 'Bob', { viewport });
      try {
        const board = await createFromHome(alice.page, server, `Après l'atelier ${size}`);
        await bob.page.goto(board.editLink);
        await waitConnected(bob.page);
        const phase = busiestPhase((await snapshotOf(alice.page))!);
        expect(phase.cards.length).toBeGreaterThan(0);

        // Alice saves a named version.
        await openHistory(alice.page);
        const panel = alice.page.getByTestId('history-panel');
        await panel.getByLabel('Nom de la version').fill('Après l’atelier');
        await panel.getByRole('button', { name: 'Enregistrer une version' }).click();
        const item = panel.locator('.history-item', { hasText: 'Après l’atelier' });
        await item.waitFor();
        await expect.poll(() => item.textContent()).toContain('Alice');

        // Someone deletes the phase: both see it go.
        await deletePhase(alice.page, phase.id);
        await expect.poll(async () => (await snapshotOf(bob.page))?.phases[phase.id]).toBeUndefined();

        // What changed since the version, in journey terms.
        await item.locator('.history-item-head').click();
        await item.getByRole('button', { name: 'Comparer avec maintenant' }).click();
        const compare = panel.getByTestId('history-compare');
        await expect.poll(() => compare.textContent()).toContain(`phase ${phase.name} supprimée`);
        // The phase's cards wait in the tray, outlined as moved.
        await rectOnCanvas(alice.page, { tray: true }, true);
        await screenshot(alice.page, `history-diff-${size}`);

        // Bob, an editor of a board with a facilitator, sees the history but no restore.
        await openHistory(bob.page);
        const bobItem = bob.page.getByTestId('history-panel').locator('.history-item', { hasText: 'Après l’atelier' });
        await bobItem.locator('.history-item-head').click();
        await bobItem.getByRole('button', { name: 'Aperçu' }).waitFor();
        expect(await bobItem.getByRole('button', { name: 'Restaurer…' }).count()).toBe(0);

        // Restore the phase with its cards, after confirming.
        await compare.getByRole('button', { name: `Restaurer la phase « ${phase.name} »` }).click();
        const dialog = alice.page.getByRole('dialog');
        await dialog.waitFor();
        await expect.poll(() => dialog.textContent()).toContain("d'abord enregistré dans l'historique");
        await screenshot(alice.page, `history-restore-dialog-${size}`);
        await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });

        // Bob sees the phase come back, with every card it held.
        await expect.poll(async () => (await snapshotOf(bob.page))?.phases[phase.id]?.name).toBe(phase.name);
        const back = (await snapshotOf(bob.page))!;
        for (const cardId of phase.cards) expect(back.cards[cardId]?.phaseId).toBe(phase.id);
        await expect.poll(() => compare.textContent()).toContain('Aucune différence');
        await screenshot(bob.page, `history-restored-bob-${size}`);

        // The timeline now starts with the safety version taken before the restore.
        await expect
          .poll(() => panel.locator('.history-item').first().textContent())
          .toContain('Avant une restauration');

        // A card deleted since: select it in the version's read-only preview and bring it back alone.
        const cardId = phase.cards[0]!;
        const card = await rectOnCanvas(alice.page, { cardId }, true);
        await alice.page.mouse.click(card.x + card.width / 2, card.y + card.height / 2);
        await alice.page.keyboard.press('Delete');
        await expect.poll(async () => (await snapshotOf(bob.page))?.cards[cardId]).toBeUndefined();
        await item.getByRole('button', { name: 'Aperçu' }).click();
        const banner = alice.page.getByTestId('version-banner');
        await banner.waitFor();
        expect(await banner.textContent()).toContain('version du');
        expect((await stateOf(alice.page)).role).toBe('view');
        const inVersion = await rectOnCanvas(alice.page, { cardId }, true);
        await alice.page.mouse.click(inVersion.x + inVersion.width / 2, inVersion.y + inVersion.height / 2);
        await screenshot(alice.page, `history-preview-${size}`);
        await banner.getByRole('button', { name: 'Restaurer la carte sélectionnée…' }).click();
        await expect.poll(() => dialog.textContent()).toContain("Seulement la carte sélectionnée dans l'aperçu");
        await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
        // Restoring closes the preview: the live board, editable again, with the card back for Bob too.
        await banner.waitFor({ state: 'detached' });
        expect((await stateOf(alice.page)).role).toBe('facilitator');
        await expect.poll(async () => (await snapshotOf(bob.page))?.cards[cardId]?.phaseId).toBe(phase.id);

        // The facilitator renames the version in place.
        await item.getByRole('button', { name: 'Renommer' }).click();
        await item.getByLabel('Nouveau nom de la version').fill('Après l’atelier du 3 décembre');
        await item.getByLabel('Nouveau nom de la version').press('Enter');
        await expect.poll(() => item.locator('strong').textContent()).toBe('Après l’atelier du 3 décembre');
      } finally {
        await alice.context.close();
        await bob.context.close();
      }
    }, 90_000);
  }
});
