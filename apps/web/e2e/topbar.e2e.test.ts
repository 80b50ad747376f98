/**
 * The top bar on a laptop (issue 13): as the facilitator of a workshop with the timer running, two
 * journeys (then five) and fifteen people present, every control of the top bar can be reached at
 * 1280x720, 1440x900 and 1920x1080: on the bar, visible and not covered, or in its "Plus" menu; the
 * avatars collapse to "+N".
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snapshotOf, stateOf } from './board';
import { joinFakePeers } from './fakePeers';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

const PEOPLE = [
  'Alice Martin',
  'Bruno Petit',
  'Chloé Durand',
  'David Leroy',
  'Emma Moreau',
  'Farid Simon',
  'Gaëlle Laurent',
  'Hugo Lefebvre',
  'Inès Michel',
  'Julien Garcia',
  'Karima David',
  'Louis Bertrand',
  'Manon Roux',
  'Nathan Vincent',
];

/** On screen, inside the viewport, and the element a click at its centre lands on. */
async function clickable(locator: Locator, page: Page): Promise<boolean> {
  if ((await locator.count()) !== 1 || !(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.width < 8 || box.height < 8) return false;
  if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height)
    return false;
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/**
 * Clicks a top-bar control where a person would find it: on the bar, or else in the "Plus" menu
 * (`inMenu` finds it there when it looks different). Fails when it is in neither.
 */
async function reach(
  page: Page,
  what: string,
  find: (scope: Locator) => Locator,
  options: { inMenu?: (scope: Locator) => Locator; act?: (control: Locator) => Promise<void> } = {},
): Promise<'bar' | 'menu'> {
  const act = options.act ?? ((c: Locator) => c.click());
  const bar = page.getByRole('banner');
  const inBar = find(bar);
  if (await clickable(inBar, page)) {
    await act(inBar);
    return 'bar';
  }
  const more = bar.getByRole('button', { name: /^(Plus|More)$/ });
  if (!(await clickable(more, page))) throw new Error(`${what}: not reachable on the bar, and no "Plus" menu`);
  await more.click();
  const inMenu = (options.inMenu ?? find)(page.getByTestId('more-menu'));
  if (!(await clickable(inMenu, page))) throw new Error(`${what}: neither on the bar nor in the "Plus" menu`);
  await act(inMenu);
  return 'menu';
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('the top bar on a laptop', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps every control reachable at ${size.width}x${size.height}, timer running, 2 journeys, 15 people`, async () => {
      const { context, page } = await newParticipant(browser, 'Fanny Animatrice');
      await page.setViewportSize(size);
      const board = await createFromHome(page, server, 'Atelier parcours client en magasin');
      const peers = await joinFakePeers(board.editLink, PEOPLE);
      try {
        await page.goto(board.facilitatorLink);
        await expect.poll(async () => (await stateOf(page)).role).toBe('facilitator');
        await expect.poll(async () => (await stateOf(page)).peers.length).toBe(PEOPLE.length);

        // Setting the scene: a to-be journey, the timer running.
        const firstJourney = (await stateOf(page)).journeyId;
        await page.getByRole('button', { name: 'Actions sur les parcours' }).click();
        await page.getByRole('menuitem', { name: 'Dupliquer en parcours cible' }).click();
        const journeys = page.getByRole('navigation', { name: 'Parcours' });
        await expect.poll(async () => (await stateOf(page)).journeyId).not.toBe(firstJourney);
        await page.getByTestId('facilitate').click();
        const panel = page.getByTestId('facilitator-panel');
        await panel.getByTestId('timer-duration').selectOption('10');
        await panel.getByRole('button', { name: 'Démarrer' }).click();
        await page.getByTestId('facilitate').click();
        await panel.waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('timer-countdown').getAttribute('data-status')).toBe('running');
        await screenshot(page, `topbar-${size.width}x${size.height}`);

        // Avatars: me, a few others, then "+N" for the rest.
        const avatars = page.getByTestId('avatars');
        const shownOthers = await avatars.locator('li.avatar:not(.more)').count();
        const more = (await avatars.locator('li.avatar.more').textContent()) ?? '';
        expect(more).toBe(`+${PEOPLE.length - shownOthers}`);
        expect(await clickable(avatars, page)).toBe(true);

        // The four views.
        for (const [name, kind] of [
          ['Tableau', 'table'],
          ['Linéaire', 'linear'],
          ['Comparer', 'compare'],
          ['Carte', 'map'],
        ] as const) {
          await reach(page, name, (s) => s.getByRole('button', { name, exact: true }));
          if (kind === 'map') await expect.poll(() => page.getByTestId('view-host').count()).toBe(0);
          else await expect.poll(() => page.getByTestId('view-host').getAttribute('data-view')).toBe(kind);
        }

        // Both journeys: the other one's tab (or its entry in "Plus") switches to it, and back.
        const secondJourney = (await stateOf(page)).journeyId!;
        expect(secondJourney).not.toBe(firstJourney);
        for (const target of [firstJourney!, secondJourney]) {
          await reach(page, `journey ${target}`, (s) => s.locator(`[data-journey-id="${target}"]`));
          await expect.poll(async () => (await stateOf(page)).journeyId).toBe(target);
          expect(await clickable(journeys.locator('.journey-tab.active'), page)).toBe(true);
        }

        await reach(page, 'Partager', (s) => s.getByRole('button', { name: 'Partager', exact: true }));
        await page.getByRole('dialog', { name: 'Partager le tableau' }).waitFor();
        await closeDialog(page);

        await reach(page, 'Animer', (s) => s.getByTestId('facilitate'));
        await panel.waitFor();
        await page.getByTestId('facilitate').click();
        await panel.waitFor({ state: 'detached' });

        // The file menu: on the bar a "Fichier" menu, in "Plus" its actions themselves.
        const where = await reach(page, 'Fichier', (s) => s.getByRole('button', { name: /^Fichier/ }), {
          inMenu: (s) => s.getByTestId('export-png'),
          act: async () => {},
        });
        if (where === 'bar')
          await page
            .getByRole('banner')
            .getByRole('button', { name: /^Fichier/ })
            .click();
        expect(await clickable(page.getByTestId('export-png'), page)).toBe(true);
        await page.keyboard.press('Escape');
        await page.getByTestId('export-png').waitFor({ state: 'detached' });

        await reach(page, "Plan d'action", (s) => s.getByTestId('plan-button'));
        await page.getByTestId('plan-view').waitFor();
        await reach(page, "Plan d'action", (s) => s.getByTestId('plan-button'));
        await page.getByTestId('plan-view').waitFor({ state: 'detached' });

        await reach(page, 'Persona', (s) => s.getByRole('button', { name: 'Persona', exact: true }));
        await page.getByTestId('persona-panel').waitFor();

        // The language, both ways (the menu stays open on a change: Escape closes it).
        await reach(page, 'Langue', (s) => s.getByRole('combobox', { name: 'Langue' }), {
          act: (select) => select.selectOption('en').then(() => {}),
        });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Share', exact: true }).waitFor();
        await reach(page, 'Language', (s) => s.getByRole('combobox', { name: 'Language' }), {
          act: (select) => select.selectOption('fr').then(() => {}),
        });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Partager', exact: true }).first().waitFor({ state: 'attached' });

        await reach(page, 'Aide', (s) => s.getByRole('button', { name: 'Aide et raccourcis' }));
        await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
        await closeDialog(page);
        // Five journeys: every one can still be opened.
        for (let i = 0; i < 3; i++) {
          await page.getByRole('button', { name: 'Actions sur les parcours' }).click();
          await page.getByRole('menuitem', { name: 'Nouveau parcours' }).click();
        }
        await expect.poll(async () => Object.keys((await snapshotOf(page))!.journeys).length).toBe(5);
        for (const target of Object.keys((await snapshotOf(page))!.journeys)) {
          if ((await stateOf(page)).journeyId === target) continue;
          await reach(page, `journey ${target}`, (s) => s.locator(`[data-journey-id="${target}"]`));
          await expect.poll(async () => (await stateOf(page)).journeyId).toBe(target);
        }
        await screenshot(page, `topbar-${size.width}x${size.height}-5-journeys`);
        const moreButton = page.getByRole('banner').getByRole('button', { name: 'Plus', exact: true });
        if (await moreButton.isVisible()) await moreButton.click();
        await screenshot(page, `topbar-${size.width}x${size.height}-menu`);
      } finally {
        peers.destroy();
        await context.close();
      }
    });
  }
});
