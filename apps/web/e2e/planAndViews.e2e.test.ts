/**
 * What a new user met in the action plan, the linear view, the survey import and a second dot vote
 * (issue 13, "workshop-ready"), each started from the home page, by clicking, in French.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

/** Clicks a card on the canvas (panning to it first): selects it and opens the card panel. */
async function openCard(page: Page, cardId: string): Promise<void> {
  const rect = await rectOnCanvas(page, { cardId }, true);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.getByTestId('card-panel').waitFor();
  await expect.poll(async () => (await stateOf(page)).selection).toEqual([cardId]);
}

async function templateCards(page: Page) {
  const cards = Object.values((await snapshotOf(page))!.cards);
  return {
    touchpoint: cards.find((c) => c.kind === 'touchpoint')!,
    irritant: cards.find((c) => c.kind === 'irritant')!,
    enchantment: cards.find((c) => c.kind === 'enchantment')!,
  };
}

/** Widths of the plan table's title column and whether a status select shows its whole text. */
function planTableFit(page: Page) {
  return page.getByTestId('plan-table').evaluate((table) => {
    // Columns found by their header, as a person reads them.
    const headers = [...table.querySelectorAll('thead th')] as HTMLElement[];
    const column = (name: string) => headers.findIndex((th) => th.textContent?.trim().startsWith(name));
    const cell = (name: string) => table.querySelectorAll('tbody tr')[0]!.children[column(name)] as HTMLElement;
    const title = cell('Action');
    const status = cell('Statut').querySelector('select') as HTMLSelectElement;
    // The selected option's text in the select's own font, against the room the select gives it.
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(status).font;
    probe.style.position = 'absolute';
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = status.selectedOptions[0]!.textContent;
    document.body.append(probe);
    const textWidth = probe.getBoundingClientRect().width;
    probe.remove();
    const style = getComputedStyle(status);
    const room = status.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const where = headers[column('Phase · canal')]!;
    return {
      title: title.getBoundingClientRect().width,
      statusFits: status.scrollWidth <= status.clientWidth && textWidth <= room - 12, // 12 px: the arrow
      whereOneLine: where.getBoundingClientRect().height < 2 * Number.parseFloat(getComputedStyle(where).lineHeight),
    };
  });
}

describe('plan, views, survey and votes as a new user meets them', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  }, 180_000);

  it('keeps the plan table readable at 1280x720 and 1920x1080, with and without the card panel', async () => {
    const { context, page } = await newParticipant(browser, 'Camille (CX)');
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromHome(page, server, 'Atelier plan');
    const { irritant } = await templateCards(page);
    await openCard(page, irritant.id);
    await page.getByTestId('plan-button').click();
    await page.getByRole('button', { name: 'Action depuis la carte sélectionnée' }).click();
    await page.getByRole('tab', { name: 'Tableau' }).click();
    await page.getByTestId('plan-table').locator('tbody tr').first().waitFor();

    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      // The card panel is open (the irritant is selected).
      expect(await page.getByTestId('card-panel').isVisible()).toBe(true);
      const withPanel = await planTableFit(page);
      if (width === 1280) await screenshot(page, 'plan-table-1280-panel');
      expect(withPanel.title).toBeGreaterThanOrEqual(200);
      expect(withPanel.statusFits).toBe(true);
      expect(withPanel.whereOneLine).toBe(true);
      await page.getByTestId('card-panel').getByRole('button', { name: 'Fermer' }).click();
      await page.getByTestId('card-panel').waitFor({ state: 'detached' });
      const without = await planTableFit(page);
      if (width === 1280) await screenshot(page, 'plan-table-1280');
      expect(without.title).toBeGreaterThanOrEqual(200);
      expect(without.statusFits).toBe(true);
      expect(without.whereOneLine).toBe(true);
      // Select the irritant again for the next size (its row in the table links to it).
      await page.getByTestId('plan-view').getByRole('button', { name: 'Fermer' }).click();
      await openCard(page, irritant.id);
      await page.getByTestId('plan-button').click();
    }
    // The avatar shows the name's initial, not "C(".
    expect(await page.getByTestId('avatars').textContent()).not.toContain('(');
    await context.close();
  });

  it('shows an irritant and an enchantment under their own phase in the linear view', async () => {
    const { context, page } = await newParticipant(browser, 'Alice');
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromHome(page, server, 'Atelier linéaire');
    const { touchpoint, irritant, enchantment } = await templateCards(page);
    // The template's irritant is about its touchpoint (Prise de décision); move it to another phase in the table view.
    await page.getByTestId('view-switcher').getByRole('button', { name: 'Tableau' }).click();
    const row = page.locator(`tr[data-card-id="${irritant.id}"]`);
    await row.getByLabel('Phase').selectOption({ label: 'Service après-vente' });
    await expect.poll(async () => (await snapshotOf(page))!.cards[irritant.id]!.touchpointId).toBe(touchpoint.id);
    await page.getByTestId('view-switcher').getByRole('button', { name: 'Linéaire' }).click();
    const flow = page.getByTestId('linear-view');
    await flow.waitFor();
    const section = (phase: string) =>
      flow.locator('li.linear-section').filter({ has: page.getByRole('heading', { name: phase, exact: true }) });
    await expect.poll(() => section('Service après-vente').textContent()).toContain(irritant.text.slice(0, 30));
    expect(await section('Service après-vente').textContent()).toContain('à propos de');
    expect(await section('Prise de décision').textContent()).not.toContain(irritant.text.slice(0, 30));
    expect(await section('Réception').textContent()).toContain(enchantment.text.slice(0, 30));
    expect(await section('Réception').textContent()).not.toContain('Aucun point de contact');
    await screenshot(page, 'linear-view-1280');
    await context.close();
  });

  it('imports a survey in French: French issue lines, and the comments in the card panel', async () => {
    const { context, page } = await newParticipant(browser, 'Alice');
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromHome(page, server, 'Atelier enquête');
    const { touchpoint } = await templateCards(page);
    await page.getByTestId('plan-button').click();
    await page.getByRole('button', { name: 'Importer une enquête (CSV)' }).click();
    const csv = [
      'Point de contact;Satisfaction (1-5);Commentaire',
      `${touchpoint.text};5;Paiement rapide et clair`,
      'Click & collect;4;Pratique',
      `${touchpoint.text};2;Frais découverts trop tard`,
    ].join('\n');
    await page
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'enquete.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    const issues = page.getByTestId('survey-issues');
    await issues.waitFor();
    const lines = await issues.locator('li').allTextContents();
    expect(lines).toEqual(["Ligne 3 : aucun point de contact ne s'appelle « Click & collect »"]);
    expect(lines.join(' ')).not.toMatch(/line|touchpoint/);
    await screenshot(page, 'survey-import-fr');
    await page.getByRole('button', { name: 'Appliquer au parcours' }).click();
    await page.getByTestId('survey-import').getByRole('status').waitFor();
    await expect
      .poll(async () => (await snapshotOf(page))!.cards[touchpoint.id]!.feedback)
      .toEqual(['Paiement rapide et clair', 'Frais découverts trop tard']);
    await page.getByTestId('survey-import').getByRole('button', { name: 'Fermer' }).click();
    await page.getByTestId('plan-view').getByRole('button', { name: 'Fermer' }).click();
    await openCard(page, touchpoint.id);
    const feedback = page.getByTestId('card-panel').getByTestId('survey-feedback');
    await feedback.getByText('Frais découverts trop tard').waitFor();
    expect(await feedback.textContent()).toContain('Paiement rapide et clair');
    await feedback.scrollIntoViewIfNeeded();
    await screenshot(page, 'card-panel-feedback');
    // The CSAT figure reads with a decimal comma in the French table view.
    await page.getByTestId('view-switcher').getByRole('button', { name: 'Tableau' }).click();
    const csat = page.locator(`tr[data-card-id="${touchpoint.id}"]`).getByLabel('CSAT');
    expect(await csat.inputValue()).toBe('50');
    await context.close();
  });

  it('asks the name of a new phase and of a new channel in place', async () => {
    const { context, page } = await newParticipant(browser, 'Alice');
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromHome(page, server, 'Atelier structure');
    const names = async (kind: 'phases' | 'channels') =>
      Object.values((await snapshotOf(page))![kind]).map((x) => x.name);
    for (const [button, kind, name] of [
      ['+ Phase', 'phases', 'Livraison'],
      ['+ Canal', 'channels', 'Téléphone'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const editor = page.getByTestId('header-name-editor');
      await editor.waitFor();
      // The default name is selected: typing replaces it.
      await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect.poll(() => names(kind)).toContain(name);
      expect(await names(kind)).not.toContain(kind === 'phases' ? 'Nouvelle phase' : 'Nouveau canal');
    }
    await context.close();
  });

  it('asks before a second dot vote wipes the dots of the first', async () => {
    const { context, page } = await newParticipant(browser, 'Fanny');
    await createFromHome(page, server, 'Atelier vote');
    await expect.poll(async () => (await stateOf(page)).role).toBe('facilitator');
    const { irritant } = await templateCards(page);
    await page.getByTestId('facilitate').click();
    const panel = page.getByTestId('facilitator-panel');
    await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await openCard(page, irritant.id);
    await page.getByTestId('card-vote').getByRole('button', { name: 'Poser une gommette' }).click();
    await panel.getByTestId('vote-progress').getByText('1 gommette posée').waitFor();
    await panel.getByRole('button', { name: 'Clore le vote et afficher les résultats' }).click();

    // A second round: the facilitator is told the first round's dot would go, and can step back.
    await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
    const warning = panel.getByRole('alertdialog');
    await warning.getByText(/efface la gommette déjà posée/).waitFor();
    await screenshot(page, 'vote-second-round-confirm');
    await warning.getByRole('button', { name: 'Annuler' }).click();
    expect((await snapshotOf(page))!.cards[irritant.id]!.votes).not.toEqual({});
    expect((await snapshotOf(page))!.session.vote?.status).toBe('closed');
    await panel.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await panel.getByRole('button', { name: 'Effacer et ouvrir le vote' }).click();
    await expect.poll(async () => (await snapshotOf(page))!.session.vote?.status).toBe('open');
    expect((await snapshotOf(page))!.cards[irritant.id]!.votes).toEqual({});
    await context.close();
  });
});
