/**
 * README's "Run a workshop", as a new facilitator and two participants would run it (issue 13): it
 * starts on the home page with no API shortcut; the facilitator becomes one by creating the board,
 * shares the links copied from *Partager*, and the participants join by those links in their own
 * browsers. Every control used is checked visible, inside the window and on top before it is used
 * (screenChecks.ts), and every page checked to stay in French, at 1280x720 and at 1920x1080.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '@parcours/journey';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { newParticipant, OUTPUT_DIR, type Server, screenshot, useServerAndBrowser } from './harness';
import { canvasPoint, englishOn, press, pressInTopBar, usable } from './screenChecks';

type Who = { context: BrowserContext; page: Page };

const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** The name dialog of a first visit: a name, then *Rejoindre le tableau*. */
async function joinAs(page: Page, name: string): Promise<void> {
  await (await usable(page.getByLabel('Votre nom'))).fill(name);
  await press(page.getByRole('button', { name: 'Rejoindre le tableau' }));
  await waitConnected(page);
}

async function expectFrench(page: Page): Promise<void> {
  expect(await englishOn(page)).toEqual([]);
}

/** Clicks a card on the canvas (panned to it first); with `add`, adds it to the selection (Shift). */
async function clickCard(page: Page, cardId: string, add = false): Promise<void> {
  const at = await canvasPoint(page, await rectOnCanvas(page, { cardId }, true));
  if (add) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  if (add) await page.keyboard.up('Shift');
  await expect.poll(async () => (await stateOf(page)).selection).toContain(cardId);
}

/**
 * Double-clicks an empty cell (a new touchpoint, its text editor open), types the text, leaves the
 * editor; returns the new card's id.
 */
async function writeCard(page: Page, cell: { phaseId: string; channelId: string }, text: string): Promise<string> {
  const before = new Set(Object.keys((await snapshotOf(page))!.cards));
  const at = await canvasPoint(page, await rectOnCanvas(page, cell, true));
  await page.mouse.dblclick(at.x, at.y);
  // Type once the editor shows, as a person does.
  await expect
    .poll(() => page.getByTestId('card-text-editor').evaluate((el) => el === document.activeElement))
    .toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  let id = '';
  await expect
    .poll(async () => {
      const card = Object.values((await snapshotOf(page))!.cards).find((c) => !before.has(c.id));
      id = card?.id ?? '';
      return card?.text;
    })
    .toBe(text);
  // The card stays selected for its panel (click it again if leaving the editor let it go).
  if (!(await stateOf(page)).selection.includes(id)) await clickCard(page, id);
  await page.getByTestId('card-panel').waitFor();
  return id;
}

async function download(page: Page, control: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control()]);
  const path = join(OUTPUT_DIR, `guide-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('README: run a workshop', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  describe.each(sizes)('at $width x $height', (viewport) => {
    const shot = (page: Page, name: string) => screenshot(page, `guide-${viewport.width}-${name}`);

    it('creates, shares, frames, maps, rates, votes, plans and exports, in French', async () => {
      const people: Who[] = [];
      const person = async () => {
        const who = await newParticipant(browser, null, { viewport });
        people.push(who);
        return who;
      };
      try {
        // 1. Create the board on the home page: its creator lands on it as the facilitator.
        const fanny = await person();
        const page = fanny.page;
        await page.goto(server.url);
        await (await usable(page.getByLabel('Titre'))).fill('Atelier achat en ligne');
        await press(page.getByText("Parcours d'achat en 8 phases", { exact: true }));
        await expectFrench(page);
        await press(page.getByRole('button', { name: 'Créer le tableau' }));
        await joinAs(page, 'Fanny');
        expect((await stateOf(page)).role).toBe('facilitator');
        await expectFrench(page);

        // *Partager*: the edit link (copied with its button), the view link, and the facilitator link apart.
        await fanny.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
        await pressInTopBar(page, (bar) => bar.getByRole('button', { name: 'Partager' }));
        const dialog = page.getByRole('dialog', { name: 'Partager le tableau' });
        const linkRow = (label: string) =>
          dialog.locator('.share-link').filter({ has: page.getByText(label, { exact: true }) });
        await press(linkRow("Lien d'édition").getByRole('button', { name: 'Copier' }));
        await page.getByText('Lien copié').waitFor();
        const editLink = await page.evaluate(() => navigator.clipboard.readText());
        expect(editLink).toBe(await (await usable(dialog.getByLabel("Lien d'édition", { exact: true }))).inputValue());
        const viewLink = await (await usable(dialog.getByLabel('Lien de lecture seule', { exact: true }))).inputValue();
        const facilitatorLink = await (
          await usable(dialog.getByLabel("Lien d'animation", { exact: true }))
        ).inputValue();
        expect(facilitatorLink).toBe(page.url());
        expect(new Set([editLink, viewLink, facilitatorLink]).size).toBe(3);
        await usable(dialog.getByText('Ne le partagez pas avec les participants'));
        await expectFrench(page);
        await shot(page, 'share');
        await press(dialog.getByRole('button', { name: 'Fermer' }));
        await dialog.waitFor({ state: 'detached' });

        // The participants join by the edit link, each in their own browser.
        const alice = await person();
        const bob = await person();
        for (const [who, name] of [
          [alice, 'Alice'],
          [bob, 'Bob'],
        ] as const) {
          await who.page.goto(editLink);
          await joinAs(who.page, name);
          expect((await stateOf(who.page)).role).toBe('edit');
          expect(await who.page.getByRole('button', { name: 'Animer' }).count()).toBe(0);
        }
        await expectFrench(alice.page);

        // 2. Set the frame: the persona, then lock the structure.
        await pressInTopBar(page, (bar) => bar.getByRole('button', { name: 'Persona', exact: true }));
        const persona = page.getByTestId('persona-panel');
        await (await usable(persona.getByLabel('Nom'))).fill('Sophie, 34 ans');
        await (await usable(persona.getByLabel('Objectifs'))).fill('Recevoir vite');
        await expect
          .poll(async () => {
            const s = await snapshotOf(alice.page);
            const journey = s && Object.values(s.journeys)[0];
            return journey?.personaId ? s?.personas[journey.personaId]?.name : undefined;
          })
          .toBe('Sophie, 34 ans');
        await press(persona.getByRole('button', { name: 'Fermer' }));

        await pressInTopBar(page, (bar) => bar.getByRole('button', { name: 'Animer' }));
        const panel = page.getByTestId('facilitator-panel');
        await (await usable(panel.getByRole('checkbox', { name: 'Verrouiller la structure' }))).check();
        await expect.poll(() => alice.page.getByRole('button', { name: '+ Phase' }).isDisabled()).toBe(true);
        await expectFrench(page);
        await shot(page, 'facilitator-panel');

        // 3. Map the journey: the timer, then a private brainstorm revealed at once.
        await (await usable(panel.getByLabel('Durée'))).selectOption('3');
        await press(panel.getByRole('button', { name: 'Démarrer' }));
        await expect.poll(() => bob.page.getByTestId('timer-countdown').getAttribute('data-status')).toBe('running');
        await (await usable(panel.getByRole('checkbox', { name: /^Mode privé/ }))).check();
        await alice.page.getByTestId('status-private').waitFor();

        const board = (await snapshotOf(page))!;
        const ordered = <T extends { order: string }>(items: T[]) =>
          items.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
        const phases = ordered(Object.values(board.phases));
        const channels = ordered(Object.values(board.channels));
        const templateIrritant = Object.values(board.cards).find((c) => c.kind === 'irritant')!;
        const shipping = 'Frais de port découverts au paiement';
        const tracking = 'Suivi du colis par SMS';
        // Empty cells of the second channel (double-clicking a card would edit that card instead).
        const cards = Object.values(board.cards);
        const empty = phases
          .map((p) => ({ phaseId: p.id, channelId: channels[1]!.id }))
          .filter((cell) => !cards.some((c) => c.phaseId === cell.phaseId && c.channelId === cell.channelId));
        const [aliceCard, bobCard] = await Promise.all([
          writeCard(alice.page, empty[1]!, shipping),
          writeCard(bob.page, empty[2]!, tracking),
        ]);
        // 4. Each marks their card: an irritant (with its severity), an enchantment and key moment.
        const alicePanel = alice.page.getByTestId('card-panel');
        await (await usable(alicePanel.getByLabel('Type'))).selectOption({ label: 'Irritant' });
        await press(alicePanel.getByText('Moyenne', { exact: true }));
        const bobPanel = bob.page.getByTestId('card-panel');
        await (await usable(bobPanel.getByLabel('Type'))).selectOption({ label: 'Enchantement' });
        await (await usable(bobPanel.getByLabel('Moment clé'))).check();
        await expect
          .poll(async () => {
            const cards = (await snapshotOf(alice.page))!.cards;
            return [cards[aliceCard]?.kind, cards[aliceCard]?.severity, cards[bobCard]?.text];
          })
          .toEqual(['irritant', 2, undefined]);
        await panel.getByText('2 cartes cachées').waitFor();
        await press(panel.getByRole('button', { name: 'Révéler' }));
        await expect
          .poll(async () => {
            const cards = (await snapshotOf(alice.page))!.cards;
            return [cards[bobCard]?.kind, cards[bobCard]?.keyMoment];
          })
          .toEqual(['enchantment', true]);
        await (await usable(panel.getByRole('checkbox', { name: /^Mode privé/ }))).uncheck();
        await expectFrench(bob.page);

        // 4. Evaluate: a rating round on the touchpoints, closed by the facilitator.
        await press(panel.getByRole('button', { name: 'Lancer le tour de notation' }));
        for (const [who, emotion] of [
          [alice, 'Négative'],
          [bob, 'Très négative'],
        ] as const) {
          const round = who.page.getByTestId('rating-round');
          await press(round.getByTestId('rating-row').first().getByRole('button', { name: emotion, exact: true }));
          await round.getByText(/1\/\d+ notés/).waitFor();
        }
        await expectFrench(alice.page);
        await shot(alice.page, 'rating-round');
        await press(panel.getByRole('button', { name: 'Clore le tour' }));
        await alice.page.getByTestId('rating-round').waitFor({ state: 'detached' });

        // 5. Vote: two dots each on the irritants; closing shows the ranking.
        await (await usable(panel.getByLabel('Gommettes par participant'))).fill('2');
        await press(panel.getByRole('button', { name: 'Ouvrir le vote' }));
        await clickCard(bob.page, aliceCard);
        const bobVote = bob.page.getByTestId('card-vote');
        await press(bobVote.getByRole('button', { name: 'Poser une gommette' }));
        await bobVote.getByText('il vous reste 1 gommette').waitFor();
        await press(bobVote.getByRole('button', { name: 'Poser une gommette' }));
        await clickCard(alice.page, templateIrritant.id);
        await press(alice.page.getByTestId('card-vote').getByRole('button', { name: 'Poser une gommette' }));
        await panel.getByText('3 gommettes posées').waitFor();
        await press(panel.getByRole('button', { name: 'Clore le vote et afficher les résultats' }));
        const results = alice.page.getByTestId('vote-results');
        await results.waitFor();
        expect(await results.getByTestId('vote-result').first().textContent()).toContain(shipping);
        await expectFrench(alice.page);
        await shot(alice.page, 'vote-results');

        // 6. Plan: the top irritants become one action, a quick win with an owner; the plan as CSV.
        await press(page.getByTestId('facilitator-panel').getByRole('button', { name: 'Fermer' }));
        await clickCard(page, aliceCard);
        await clickCard(page, templateIrritant.id, true);
        await pressInTopBar(page, (bar) => bar.getByRole('button', { name: "Plan d'action" }));
        const plan = page.getByTestId('plan-view');
        await press(plan.getByRole('button', { name: 'Action depuis les 2 cartes sélectionnées' }));
        // Two cards: one action for both, under a title the facilitator types.
        await (await usable(plan.getByLabel("Titre de l'action commune"))).fill('Réduire les frais de port');
        await press(plan.getByRole('button', { name: 'Une action pour les 2 cartes' }));
        await expect
          .poll(async () => Object.values((await snapshotOf(page))!.actions).map((a) => a.cardIds.length))
          .toEqual([2]);
        const chip = await usable(plan.getByTestId('action-chip'));
        await chip.focus();
        for (const key of ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
        await expect
          .poll(async () => Object.values((await snapshotOf(page))!.actions).map((a) => [a.impact, a.effort]))
          .toEqual([[5, 1]]);
        await plan.getByTestId('quick-wins').getByText('Réduire les frais de port').first().waitFor();
        await press(plan.getByRole('tab', { name: 'Tableau' }));
        const owner = await usable(plan.getByTestId('plan-table').getByLabel('Responsable'));
        await owner.fill('Service client');
        await owner.blur();
        await expectFrench(page);
        await shot(page, 'plan');
        const csv = await download(page, () => press(plan.getByRole('button', { name: 'Exporter en CSV' })));
        expect(csv.name).toMatch(/\.csv$/);
        const table = parseCsv(new Uint8Array(csv.bytes));
        expect(table.separator).toBe(';');
        const header = table.rows[0]!.cells;
        expect(table.rows[1]!.cells[header.findIndex((h) => /responsable/i.test(h))]).toBe('Service client');
        await press(plan.getByRole('button', { name: 'Fermer' }));

        // 7. Export the map as PNG from *Fichier*.
        // On the bar, the *Fichier* menu; folded into *Plus*, its actions are there.
        const png = await download(page, async () => {
          const where = await pressInTopBar(
            page,
            (bar) => bar.getByRole('button', { name: 'Fichier' }),
            (menu) => menu.getByText('Export PNG', { exact: true }),
          );
          if (where === 'bar') await press(page.getByRole('menuitem', { name: 'Export PNG' }));
        });
        expect(png.name).toMatch(/\.png$/);
        expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
        await expectFrench(page);
        // Nobody was cut off by a refused change along the way.
        for (const { page: p } of people) expect((await stateOf(p)).error).toBeNull();
      } finally {
        await Promise.all(people.map((p) => p.context.close()));
      }
    });
  });
});
