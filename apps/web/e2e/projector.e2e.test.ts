/**
 * The board on a projector (issue 13): a facilitator creates a board from the French 8-phase
 * template on the home page, fills a few cells the way a new user does (double-click a cell, type),
 * rates three touchpoints, then shows the whole board (*Tout afficher*) at 1920x1080 and 1280x720:
 * every card's text must be drawn at a size a room can read, the emotion curve's labels too, and
 * nothing of the board may sit under the toolbar, the zoom controls or the minimap. Then the
 * presentation frames phase 1, then phase 2, large and highlighted, on the facilitator's screen
 * and on a participant's who follows.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the canvas hook says about readability (useTestHook.ts). */
interface Readability {
  zoom: number;
  cardsDrawn: number;
  cardTextPx: number | null;
  emotionLabelPx: number;
  phaseNamePx: number;
  spotlight: string | null;
}

/** Cells to fill, by phase and channel index of the template, with texts of 5 to 15 words. */
const CARDS: readonly [number, number, readonly string[]][] = [
  [
    0,
    0,
    [
      'Cherche un comparatif de prix sur un moteur de recherche',
      'Lit les avis clients avant de choisir une marque',
      'Ne trouve pas la fiche technique du produit sur le site',
      'Découvre une vidéo de démonstration très claire',
    ],
  ],
  [
    1,
    0,
    [
      'Compare trois modèles dans le tableau du site',
      'Les filtres par prix se réinitialisent à chaque retour en arrière',
      'Utilise le chat pour une question sur la garantie',
    ],
  ],
  [2, 0, ['Hésite devant le prix de la livraison express', 'Crée un compte client pour payer en trois fois']],
  [
    3,
    2,
    [
      'Retire sa commande en boutique le lendemain',
      'Attend vingt minutes au comptoir de retrait sans explication',
      'Le vendeur propose une démonstration du produit à la remise',
    ],
  ],
  [
    5,
    4,
    [
      'Appelle le service client pour une panne',
      'Musique d’attente pendant douze minutes avant de parler à quelqu’un',
      'Le conseiller règle le problème en un seul appel',
      'Reçoit un e-mail de confirmation avec le numéro de dossier',
      'Doit répéter son numéro de commande deux fois',
    ],
  ],
];

/** Emotions given to touchpoints (by text), so the curve has points with labels. */
const RATINGS: readonly [string, string][] = [
  ['Cherche un comparatif de prix sur un moteur de recherche', 'Neutre'],
  ['Retire sa commande en boutique le lendemain', 'Positive'],
  ['Appelle le service client pour une panne', 'Très négative'],
];

function ordered<T extends { id: string; order: string }>(items: Record<string, T>): T[] {
  return Object.values(items).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function readability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __parcoursCanvas: { readability(): Readability } }).__parcoursCanvas;
    return hook.readability();
  });
}

/** Waits for the canvas to draw a frame after a camera change (Konva draws on the next animation frame). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

async function addCard(page: Page, phaseId: string, channelId: string, text: string): Promise<void> {
  const cell = await rectOnCanvas(page, { phaseId, channelId }, true);
  const before = Object.keys((await snapshotOf(page))!.cards).length;
  // The bottom-right corner of the cell is always free: cards flow from the top-left.
  await page.mouse.dblclick(cell.x + cell.width - 5, cell.y + cell.height - 5);
  const editor = page.getByTestId('card-text-editor');
  await editor.waitFor();
  // Type once the caret is in the card (as a person sees it), not into the board's shortcuts.
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  await expect.poll(async () => Object.keys((await snapshotOf(page))!.cards).length).toBe(before + 1);
  await expect.poll(async () => Object.values((await snapshotOf(page))!.cards).some((c) => c.text === text)).toBe(true);
}

async function rate(page: Page, text: string, emotion: string): Promise<void> {
  const card = Object.values((await snapshotOf(page))!.cards).find((c) => c.text === text)!;
  const rect = await rectOnCanvas(page, { cardId: card.id }, true);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const panel = page.getByTestId('card-panel');
  await panel.waitFor();
  await panel.getByRole('button', { name: emotion, exact: true }).first().click();
  await expect.poll(async () => (await snapshotOf(page))!.cards[card.id]!.emotion !== undefined).toBe(true);
}

/** Closes the card panel, which clears the selection and gives the canvas its full width back. */
async function deselect(page: Page): Promise<void> {
  const panel = page.getByTestId('card-panel');
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await panel.waitFor({ state: 'detached' });
  expect((await stateOf(page)).selection).toEqual([]);
}

describe('the board on a projector', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });
  let facilitatorLink = '';
  let editLink = '';

  it('after Tout afficher, every card text and the emotion labels are readable and clear of the overlays', async () => {
    const { context, page } = await newParticipant(browser, 'Fanny');
    // The creator is the facilitator: both links come from *Partager*.
    ({ editLink, facilitatorLink } = await createFromHome(page, server, 'Atelier projecteur'));

    const snapshot = (await snapshotOf(page))!;
    const phases = ordered(snapshot.phases);
    const channels = ordered(snapshot.channels);
    // At 100 %, a cell's free corner is a comfortable target (zoomed out, it is a few pixels wide).
    await page.getByTitle('Zoom 100 % (Maj+0)').click();
    for (const [p, c, texts] of CARDS) {
      for (const text of texts) await addCard(page, phases[p]!.id, channels[c]!.id, text);
    }
    for (const [text, emotion] of RATINGS) await rate(page, text, emotion);
    await deselect(page);
    const cards = Object.values((await snapshotOf(page))!.cards);
    expect(cards.length).toBe(3 + CARDS.reduce((n, [, , texts]) => n + texts.length, 0));

    const measured: { size: string; r: Readability; overlaps: string[] }[] = [];
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('button', { name: 'Tout afficher (Maj+1)' }).click();
      await settle(page);
      await screenshot(page, `projector-fit-${width}`);
      const r = await readability(page);
      // Nothing of the board (grid, tray, the emotion lane at its bottom) under a floating overlay,
      // all of it on screen.
      const parts: [string, Box][] = [
        ['grid', await rectOnCanvas(page, { content: 0 })],
        ['tray', await rectOnCanvas(page, { content: 1 })],
        ['emotion lane', await rectOnCanvas(page, { emotion: true })],
      ];
      const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
      const board = await rectOnCanvas(page, { bounds: true });
      const overlays: [string, Box | null][] = [
        ['toolbar', await page.getByRole('toolbar', { name: 'Outils', exact: true }).boundingBox()],
        ['zoom', await page.getByRole('toolbar', { name: 'Zoom' }).boundingBox()],
        ['minimap', await page.getByTestId('canvas-minimap').boundingBox()],
      ];
      const overlaps: string[] = [];
      for (const [name, box] of overlays) {
        if (!box) continue;
        for (const [part, rect] of parts) if (intersects(rect, box)) overlaps.push(`${part} under ${name}`);
      }
      if (
        board.x < canvas.x ||
        board.y < canvas.y ||
        board.x + board.width > canvas.x + canvas.width ||
        board.y + board.height > canvas.y + canvas.height
      )
        overlaps.push('board cut by the canvas edge');
      measured.push({ size: `${width}x${height}`, r, overlaps });
    }
    await context.close();

    for (const { size, r, overlaps } of measured) {
      // Every card is drawn with its text (not as a plain rectangle), at 11 CSS px or more.
      expect.soft(r.cardsDrawn, size).toBe(cards.length);
      expect.soft(r.cardTextPx, size).not.toBeNull();
      expect.soft(r.cardTextPx ?? 0, size).toBeGreaterThanOrEqual(11);
      expect.soft(r.emotionLabelPx, size).toBeGreaterThanOrEqual(11);
      expect.soft(r.phaseNamePx, size).toBeGreaterThanOrEqual(11);
      expect.soft(overlaps, size).toEqual([]);
    }
  }, 240_000);

  it('presents phase by phase: the phase fills the screen, readable and highlighted, for the followers too', async () => {
    expect(facilitatorLink).toContain('token=');
    const fanny = await newParticipant(browser, 'Fanny');
    const alice = await newParticipant(browser, 'Alice');
    await fanny.page.setViewportSize({ width: 1920, height: 1080 });
    await alice.page.setViewportSize({ width: 1280, height: 720 });
    for (const [who, link] of [
      [fanny, facilitatorLink],
      [alice, editLink],
    ] as const) {
      await who.page.goto(link);
      await waitConnected(who.page);
    }
    await expect.poll(async () => (await stateOf(fanny.page)).role).toBe('facilitator');
    const phases = ordered((await snapshotOf(fanny.page))!.phases);

    await fanny.page.getByTestId('facilitate').click();
    await fanny.page.getByTestId('facilitator-panel').getByRole('button', { name: 'Présenter' }).click();
    const bar = fanny.page.getByTestId('presentation');
    await bar.waitFor();

    for (const [index, phase] of phases.slice(0, 2).entries()) {
      if (index > 0) await bar.getByRole('button', { name: /Suivante/ }).click();
      await bar.getByText(`Phase ${index + 1}/${phases.length}`).waitFor();
      for (const [who, page, minTextPx] of [
        ['facilitator', fanny.page, 16],
        ['participant', alice.page, 11],
      ] as const) {
        await expect.poll(async () => (await readability(page)).spotlight, { message: who }).toBe(phase.id);
        await settle(page);
        await screenshot(page, `projector-present-${who}-phase${index + 1}`);
        const r = await readability(page);
        const column = await rectOnCanvas(page, { phaseColumn: phase.id });
        const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
        // The whole column is on screen, clear of every visible control, and fills most of the height.
        expect(column.x, who).toBeGreaterThanOrEqual(canvas.x - 1);
        expect(column.x + column.width, who).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
        expect(column.y, who).toBeGreaterThanOrEqual(canvas.y - 1);
        expect(column.y + column.height, who).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
        expect(column.height, who).toBeGreaterThan(canvas.height * 0.7);
        for (const control of [
          page.getByTestId('presentation'),
          page.getByRole('toolbar', { name: 'Outils', exact: true }),
          page.getByTestId('canvas-minimap'),
          page.getByRole('toolbar', { name: 'Zoom' }),
        ]) {
          const box = (await control.isVisible()) ? await control.boundingBox() : null;
          if (box) expect(intersects(column, box), who).toBe(false);
        }
        // On the projector, in the middle, with the editing tools out of the way.
        if (who === 'facilitator') {
          expect(Math.abs(column.x + column.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(
            canvas.width * 0.05,
          );
          expect(await page.getByRole('toolbar', { name: 'Outils', exact: true }).isVisible()).toBe(false);
        }
        expect(r.cardTextPx ?? 0, who).toBeGreaterThanOrEqual(minTextPx);
        expect(r.emotionLabelPx, who).toBeGreaterThanOrEqual(minTextPx);
      }
    }
    await fanny.context.close();
    await alice.context.close();
  }, 180_000);
});
