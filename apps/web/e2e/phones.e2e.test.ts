/**
 * In the room (issue 18): the facilitator's board on the big screen, ten participants on their
 * phones (iPhone and Pixel profiles, touch, 360 px wide and up). They join by the link copied from
 * the share dialog (one by the short code typed at /j), add cards in private mode from the phone
 * view, the facilitator reveals them, a rating round and a dot vote run from the phones; the
 * facilitator's canvas shows every card, the curve and the ranking. The phone view has no serious
 * accessibility violation (axe-core).
 */
import { type Card, emotionCurve, type Snapshot, toJourneyView } from '@parcours/journey';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoardFromHome, readShareDialog, rectOnCanvas, snapshotOf, waitConnected } from './board';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';
import { newPhone, type Phone, seriousViolations } from './phones';

const PHONES = 10;
/** What each phone adds: touchpoints for the first five, irritants for the next four, a note in the tray. */
function cardOf(i: number): { kind: string; text: string; placed: boolean } {
  if (i < 5) return { kind: 'Point de contact', text: `Contact du téléphone ${i}`, placed: true };
  if (i < 9) return { kind: 'Irritant', text: `Irritant du téléphone ${i}`, placed: true };
  return { kind: 'Note', text: `Note du téléphone ${i}`, placed: false };
}

function cardsWithText(snapshot: Snapshot | null, prefix: string): Card[] {
  return Object.values(snapshot?.cards ?? {}).filter((c) => c.text.startsWith(prefix));
}

describe('participants on their phones, the board on the big screen', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('ten phones join, add private cards, rate and vote; the facilitator sees every card, the curve and the ranking', async () => {
    const host = await newParticipant(browser, 'Fanny', { viewport: { width: 1280, height: 720 } });
    const big = host.page;
    await createBoardFromHome(big, server.url, { title: 'Atelier en salle' });

    // The share dialog: the edit link, its QR code (drawn on this page) and the short join code.
    const links = await readShareDialog(big);
    await big.getByRole('button', { name: 'Partager' }).click();
    const dialog = big.getByRole('dialog', { name: 'Partager le tableau' });
    const qr = dialog.getByRole('img', { name: "QR code du lien d'édition" });
    await qr.waitFor();
    expect(await qr.getAttribute('data-text')).toBe(links.edit);
    await expect.poll(async () => (await qr.locator('path').getAttribute('d'))?.length ?? 0).toBeGreaterThan(500);
    const code = (await dialog.getByTestId('join-code').textContent())!;
    // The test server is on 127.0.0.1: the dialog says phones cannot reach that address.
    await dialog.getByRole('note').getByText('une adresse que les téléphones ne peuvent pas joindre').waitFor();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await screenshot(big, 'phones-share-dialog');
    // The full-screen join slide for the projector.
    await dialog.getByRole('button', { name: 'Diapo « Rejoindre »' }).click();
    const slide = big.getByTestId('join-slide');
    await slide.waitFor();
    expect(await slide.getByTestId('slide-code').textContent()).toBe(code);

    // Ten phones: the first types the code at /j, the others open the link copied from the dialog.
    const phones: Phone[] = [];
    for (let i = 0; i < PHONES; i++) phones.push(await newPhone(browser, `Tel${i}`, i));
    await phones[0]!.page.goto(`${server.url}/j`);
    await phones[0]!.page.getByLabel("Code de l'atelier").fill('ABCD-EFGH');
    await phones[0]!.page.getByRole('button', { name: 'Rejoindre' }).click();
    await phones[0]!.page.getByRole('alert').getByText('Code inconnu ou expiré').waitFor();
    await phones[0]!.page.getByLabel("Code de l'atelier").fill(code.toLowerCase().replace('-', ' '));
    await phones[0]!.page.getByRole('button', { name: 'Rejoindre' }).click();
    await phones[0]!.page.waitForURL(links.edit!);
    for (const phone of phones.slice(1)) await phone.page.goto(links.edit!);
    // The phone view opens by itself on a narrow touch screen: no canvas, no Konva.
    for (const phone of phones) {
      await waitConnected(phone.page);
      await phone.page.getByTestId('phone-view').waitFor();
      expect(await phone.page.evaluate(() => '__parcoursCanvas' in window)).toBe(false);
    }
    await expect.poll(() => slide.getByTestId('slide-count').textContent()).toBe('10 participants connectés');
    await screenshot(big, 'phones-join-slide');
    await slide.getByRole('button', { name: 'Fermer la diapo' }).click();
    await big.getByTestId('facilitate').click();
    const panel = big.getByTestId('facilitator-panel');

    // The phase the facilitator presents shows on every phone and becomes the phase of new cards.
    await panel.getByRole('button', { name: 'Présenter' }).click();
    await big.getByRole('button', { name: 'Suivante' }).click();
    const presented = phones[5]!.page.getByTestId('phone-phase');
    await expect.poll(() => presented.textContent()).toMatch(/Phase présentée : .+/);
    const presentedName = (await presented.locator('strong').textContent())!;
    const phaseSelect = phones[5]!.page.getByLabel('Phase', { exact: true });
    expect(await phaseSelect.locator('option:checked').textContent()).toBe(presentedName);
    await big.getByRole('button', { name: 'Quitter la présentation' }).click();
    if (!(await panel.isVisible())) await big.getByTestId('facilitate').click();

    // The facilitator's timer counts down at the top of every phone.
    await panel.getByTestId('timer-duration').selectOption('5');
    await panel.getByRole('button', { name: 'Démarrer' }).click();
    await expect.poll(() => phones[7]!.page.getByTestId('phone-timer').textContent()).toMatch(/^[45]:\d\d$/);

    // Private mode, then each phone adds its card from *Ajouter*.
    await panel.getByTestId('private-mode').check();
    await expect.poll(() => phones[3]!.page.getByTestId('phone-step').textContent()).toContain('Idées en privé');
    const phaseNames = Object.values((await snapshotOf(big))!.phases).map((p) => p.name);
    await Promise.all(
      phones.map(async (phone, i) => {
        const { page } = phone;
        const card = cardOf(i);
        if (card.placed) {
          await page.getByLabel('Phase', { exact: true }).selectOption({ index: 1 + (i % 4) });
          await page.getByLabel('Canal', { exact: true }).selectOption({ index: 1 + (i % 2) });
        }
        await page.getByRole('radio', { name: card.kind }).check();
        await page.getByLabel('Texte', { exact: true }).fill(card.text);
        if (i === 0) {
          await page.getByText('Plus de détails (facultatif)').click();
          await page.getByLabel('Ressent', { exact: true }).fill('Inquiet');
        }
        await page.getByRole('button', { name: 'Ajouter la carte' }).click();
        await expect.poll(() => page.getByTestId('phone-add-status').textContent()).toContain('vous seul la voyez');
      }),
    );
    await screenshot(phones[0]!.page, 'phones-add');
    // Hidden from everyone else until the reveal: the facilitator counts them, a phone sees only its own.
    await panel.getByTestId('hidden-count').getByText('10 cartes cachées').waitFor();
    expect(cardsWithText(await snapshotOf(big), 'Contact du téléphone')).toHaveLength(0);
    expect(cardsWithText(await snapshotOf(phones[1]!.page), 'Contact du téléphone').map((c) => c.text)).toEqual([
      'Contact du téléphone 1',
    ]);
    const mine = phones[1]!.page;
    await mine.getByRole('button', { name: 'Mes cartes' }).click();
    await mine.getByTestId('phone-my-card').getByText('Privée').waitFor();
    // Edited from *Mes cartes*: the text changes on the board.
    await mine.getByRole('button', { name: 'Modifier « Contact du téléphone 1 »' }).click();
    await mine.getByTestId('phone-my-card').getByLabel('Texte', { exact: true }).fill('Contact du téléphone 1 (relu)');
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    await mine.getByText('Carte enregistrée.').waitFor();

    await panel.getByRole('button', { name: 'Révéler' }).click();
    await panel.getByTestId('private-mode').uncheck();
    await expect.poll(async () => cardsWithText(await snapshotOf(big), 'Contact du téléphone').length).toBe(5);
    const revealed = await snapshotOf(big);
    const phoneCards = Object.values(revealed!.cards).filter((c) => / du téléphone \d/.test(c.text));
    expect(phoneCards.map((c) => c.text).sort()).toEqual(
      phones.map((_, i) => (i === 1 ? 'Contact du téléphone 1 (relu)' : cardOf(i).text)).sort(),
    );
    expect(phoneCards.find((c) => c.text === 'Contact du téléphone 0')?.feels).toBe('Inquiet');
    expect(phoneCards.find((c) => c.text === 'Note du téléphone 9')?.phaseId).toBeNull();
    expect(
      phoneCards
        .filter((c) => c.phaseId !== null)
        .every((c) => phaseNames.includes(revealed!.phases[c.phaseId!]!.name)),
    ).toBe(true);
    // The facilitator's canvas lays out every card (the note in the tray).
    for (const card of phoneCards) expect(await rectOnCanvas(big, { cardId: card.id })).not.toBeNull();

    // Rating round: each phone steps through the touchpoints, tapping an emotion for each.
    await panel.getByRole('button', { name: 'Lancer le tour de notation' }).click();
    const touchpoints = Object.values(revealed!.cards).filter((c) => c.kind === 'touchpoint');
    await Promise.all(
      phones.map(async ({ page }, i) => {
        await page.getByTestId('phone-rate').waitFor();
        if (i === 9) {
          // A swipe to the left shows the next touchpoint, to the right the previous one.
          const card = page.locator('.phone-rate-card');
          const position = page.getByTestId('phone-rate-position');
          await expect.poll(() => position.textContent()).toBe(`1 sur ${touchpoints.length}`);
          await card.dispatchEvent('pointerdown', { clientX: 300, pointerType: 'touch' });
          await card.dispatchEvent('pointerup', { clientX: 120, pointerType: 'touch' });
          await expect.poll(() => position.textContent()).toBe(`2 sur ${touchpoints.length}`);
          await card.dispatchEvent('pointerdown', { clientX: 100, pointerType: 'touch' });
          await card.dispatchEvent('pointerup', { clientX: 280, pointerType: 'touch' });
          await expect.poll(() => position.textContent()).toBe(`1 sur ${touchpoints.length}`);
        }
        const faces = page.locator('.phone-emotions');
        for (let n = 0; n < touchpoints.length; n++) {
          await expect
            .poll(() => page.getByTestId('phone-rate-left').textContent())
            .toContain(String(touchpoints.length - n));
          // Phones 0-6 find the moment good, the others bad.
          await faces.getByRole('button', { name: i < 7 ? 'Positive' : 'Très négative', exact: true }).click();
        }
        await page.getByText('Merci, vous avez tout évalué !').waitFor();
      }),
    );
    await screenshot(phones[2]!.page, 'phones-rate');
    await expect
      .poll(async () => {
        const s = await snapshotOf(big);
        return touchpoints.every((t) => Object.keys(s!.cards[t.id]!.ratings).length === PHONES);
      })
      .toBe(true);
    // The curve: the mean of the ten ratings, (7 × 1 + 3 × −2) / 10 = 0.1, at every phase with a touchpoint.
    const rated = await snapshotOf(big);
    const journeyId = Object.keys(rated!.journeys)[0]!;
    const curve = emotionCurve(toJourneyView(rated!, journeyId)!);
    const points = curve.filter((p) => p.value !== null);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.value).toBeCloseTo(0.1, 5);
    expect(await rectOnCanvas(big, { emotion: true })).not.toBeNull();
    await panel.getByRole('button', { name: 'Clore le tour' }).click();

    // A card being written when the vote opens is still there afterwards.
    const writer = phones[3]!.page;
    await writer.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await writer.getByLabel('Texte', { exact: true }).fill('Brouillon en cours');

    // Dot vote on irritants, 3 dots each: two on phone 5's irritant, one on another.
    await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await Promise.all(
      phones.map(async ({ page }, i) => {
        await page.getByTestId('phone-vote').waitFor();
        const favourite = page.getByRole('button', { name: 'Poser une gommette sur « Irritant du téléphone 5 »' });
        await favourite.click();
        await page.getByTestId('phone-dots-left').getByText('Il vous reste 2 gommettes').waitFor();
        await favourite.click();
        await page.getByTestId('phone-dots-left').getByText('Il vous reste 1 gommette').waitFor();
        await page
          .getByRole('button', { name: `Poser une gommette sur « Irritant du téléphone ${6 + (i % 3)} »` })
          .click();
        await page
          .getByTestId('phone-dots-left')
          .getByText(/Il vous reste 0 gommettes?/)
          .waitFor();
        expect(await favourite.isDisabled()).toBe(true);
      }),
    );
    await screenshot(phones[4]!.page, 'phones-vote');
    await writer.getByRole('button', { name: 'Ajouter', exact: true }).click();
    expect(await writer.getByLabel('Texte', { exact: true }).inputValue()).toBe('Brouillon en cours');
    await panel.getByTestId('vote-progress').getByText('30 gommettes posées').waitFor();
    await panel.getByRole('button', { name: 'Clore le vote et afficher les résultats' }).click();
    const results = big.getByTestId('vote-results');
    await results.waitFor();
    expect(await results.getByTestId('vote-result').nth(0).textContent()).toContain('Irritant du téléphone 5');
    expect(await results.getByTestId('vote-result').nth(0).textContent()).toContain('20 gommettes');
    // The phones show the ranking too.
    await phones[4]!.page.getByTestId('phone-vote-results').getByText('Irritant du téléphone 5').waitFor();

    // Big-screen mode on the projector (1920x1080): the QR code in a corner, the count, new cards sliding in.
    await big.setViewportSize({ width: 1920, height: 1080 });
    await results.getByRole('button', { name: 'Fermer' }).click();
    const textPx = () =>
      big.evaluate(
        () =>
          (
            window as unknown as { __parcoursCanvas: { readability(): { cardTextPx: number | null } } }
          ).__parcoursCanvas.readability().cardTextPx,
      );
    await panel.getByRole('button', { name: 'Grand écran' }).click();
    await big.getByTestId('facilitate').click();
    const overlay = big.getByTestId('bigscreen');
    await overlay.getByRole('img', { name: "QR code du lien d'édition" }).waitFor();
    await expect.poll(() => overlay.getByTestId('bigscreen-count').textContent()).toBe('10 participants connectés');
    // Card text is drawn for the back of the room, as while presenting (about 16 px on screen, not 12).
    await expect.poll(textPx).toBeGreaterThanOrEqual(15.5);
    // A phone that lost the Wi-Fi keeps its card and sends it when the network is back.
    const late = phones[6]!;
    await late.context.setOffline(true);
    await expect.poll(() => late.page.getByTestId('connection').textContent()).toContain('Hors ligne');
    await late.page.getByRole('button', { name: 'Ajouter' }).click();
    await late.page.getByLabel('Texte', { exact: true }).fill('Une dernière idée');
    await late.page.getByRole('button', { name: 'Ajouter la carte' }).click();
    await late.page.getByText('Carte gardée sur ce téléphone').waitFor();
    await expect.poll(() => late.page.getByTestId('connection').getAttribute('data-unsynced')).not.toBe('0');
    await screenshot(late.page, 'phones-offline');
    expect(cardsWithText(await snapshotOf(big), 'Une dernière idée')).toHaveLength(0);
    await late.context.setOffline(false);
    await overlay.getByTestId('bigscreen-feed').getByText('Une dernière idée').waitFor();
    await big.waitForTimeout(600); // the slide-in animation
    await screenshot(big, 'phones-big-screen');

    // Keyboard only: the text, then Tab to the button past the details, Enter.
    const keys = phones[2]!.page;
    await keys.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await keys.getByLabel('Texte', { exact: true }).focus();
    await keys.keyboard.type('Écrit au clavier');
    await keys.keyboard.press('Tab');
    await keys.keyboard.press('Tab');
    expect(await keys.evaluate(() => document.activeElement?.textContent)).toBe('Ajouter la carte');
    await keys.keyboard.press('Enter');
    await expect.poll(async () => cardsWithText(await snapshotOf(big), 'Écrit au clavier').length).toBe(1);

    // A phone with the view link follows without writing: no form, nothing to tap.
    const viewer = phones[8]!.page;
    await viewer.goto(links.view!);
    await waitConnected(viewer);
    await viewer.getByText('Lien de lecture seule : vous suivez').waitFor();
    expect(await viewer.getByRole('button', { name: 'Ajouter la carte' }).count()).toBe(0);

    // Accessibility of the phone view: no serious or critical violation on its tabs.
    const a11y = phones[2]!.page;
    for (const tab of ['Ajouter', 'Mes cartes', 'Évaluer', 'Voter']) {
      await a11y.getByRole('button', { name: tab, exact: true }).click();
      expect({ tab, violations: await seriousViolations(a11y) }).toEqual({ tab, violations: [] });
    }
    for (const phone of phones)
      expect(await phone.page.evaluate(() => document.querySelector('[data-error]'))).toBeNull();
    await Promise.all([host.context.close(), ...phones.map((p) => p.context.close())]);
  }, 180_000);
});
