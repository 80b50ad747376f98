import type { Card, Snapshot } from '@parcours/journey';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, rectOnCanvas, snapshotOf, stateOf, waitConnected } from './board';
import {
  boardUrl,
  type CreatedBoard,
  createBoardViaApi,
  newParticipant,
  type Server,
  screenshot,
  useServerAndBrowser,
} from './harness';

function ordered<T extends { order: string; id: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
}

async function cardById(page: Page, id: string): Promise<Card | undefined> {
  return (await snapshotOf(page))?.cards[id];
}

/** A real press-move-release on the canvas, in small steps as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

const center = (r: { x: number; y: number; width: number; height: number }) => ({
  x: r.x + r.width / 2,
  y: r.y + r.height / 2,
});

describe('two participants on one board', () => {
  let server: Server;
  let browser: Browser;
  let board: CreatedBoard;
  useServerAndBrowser(async (s, b) => {
    [server, browser] = [s, b];
    board = await createBoardViaApi(server, { title: 'Atelier à deux', locale: 'fr', template: 'fr-purchase-8' });
  });

  it('see each other’s new card, text, move and cursor; undo only takes back one’s own change; a view link cannot edit', async () => {
    const alice = await newParticipant(browser, 'Alice');
    const bob = await newParticipant(browser, 'Bob');
    await Promise.all([alice.page.goto(boardUrl(server, board)), bob.page.goto(boardUrl(server, board))]);
    await Promise.all([waitConnected(alice.page), waitConnected(bob.page)]);
    const snapshot = (await snapshotOf(alice.page)) as Snapshot;
    const phases = ordered(Object.values(snapshot.phases));
    const channels = ordered(Object.values(snapshot.channels));
    const before = new Set(Object.keys(snapshot.cards));
    const cellA = { phaseId: phases[0]!.id, channelId: channels[0]!.id };
    const cellB = { phaseId: phases[1]!.id, channelId: channels[1]!.id };

    // Presence: each sees the other's avatar.
    await alice.page.locator('[data-testid="avatars"] [data-name="Bob"]').waitFor();
    await bob.page.locator('[data-testid="avatars"] [data-name="Alice"]').waitFor();

    // Alice picks an empty cell on the canvas, then adds a touchpoint there from the toolbar.
    await alice.page.mouse.click(
      center(await rectOnCanvas(alice.page, cellA)).x,
      center(await rectOnCanvas(alice.page, cellA)).y,
    );
    await alice.page.getByTestId('add-touchpoint').click();
    await expect.poll(async () => (await cardsOf(alice.page)).filter((c) => !before.has(c.id)).length).toBe(1);
    const card = (await cardsOf(alice.page)).find((c) => !before.has(c.id))!;
    expect({ phaseId: card.phaseId, channelId: card.channelId }).toEqual(cellA);
    await expect.poll(async () => (await cardById(bob.page, card.id))?.kind).toBe('touchpoint');

    // Alice writes the text in the side panel; Bob sees it.
    const text = alice.page.getByTestId('card-panel').getByLabel('Texte');
    await text.fill('Compare les frais de livraison');
    await expect.poll(async () => (await cardById(bob.page, card.id))?.text).toBe('Compare les frais de livraison');
    await screenshot(alice.page, 'board-card-panel');

    // Alice drags the card to another cell on the canvas; Bob sees it move.
    await alice.page.keyboard.press('Escape');
    const from = center(await rectOnCanvas(alice.page, { cardId: card.id }));
    const to = center(await rectOnCanvas(alice.page, cellB));
    await drag(alice.page, from, to);
    await expect
      .poll(async () => {
        const c = await cardById(bob.page, card.id);
        return c && { phaseId: c.phaseId, channelId: c.channelId };
      })
      .toEqual(cellB);

    // Alice's cursor shows up on Bob's side (board coordinates, via awareness).
    await alice.page.mouse.move(to.x + 30, to.y + 20, { steps: 3 });
    await expect
      .poll(async () => (await stateOf(bob.page)).peers.find((p) => p.user.name === 'Alice')?.cursor ?? null)
      .not.toBeNull();
    await screenshot(bob.page, 'board-peer-cursor');

    // Bob adds his own card (a note in the tray) and writes in it.
    const bobBefore = new Set((await cardsOf(bob.page)).map((c) => c.id));
    await bob.page.getByTestId('add-note').click();
    await expect.poll(async () => (await cardsOf(bob.page)).filter((c) => !bobBefore.has(c.id)).length).toBe(1);
    const note = (await cardsOf(bob.page)).find((c) => !bobBefore.has(c.id))!;
    await bob.page.getByTestId('card-panel').getByLabel('Texte').fill('Idée de Bob');
    await expect.poll(async () => (await cardById(alice.page, note.id))?.text).toBe('Idée de Bob');

    // Alice undoes: her last step (the move) goes back, her text stays, and Bob's note is untouched.
    await alice.page.keyboard.press('Escape');
    await alice.page.keyboard.press('Control+z');
    await expect
      .poll(async () => {
        const c = await cardById(bob.page, card.id);
        return c ? `${c.phaseId}/${c.channelId}` : 'gone';
      })
      .toBe(`${cellA.phaseId}/${cellA.channelId}`);
    expect((await cardById(bob.page, card.id))?.text).toBe('Compare les frais de livraison');
    expect((await cardById(alice.page, note.id))?.text).toBe('Idée de Bob');
    expect((await cardById(bob.page, note.id))?.text).toBe('Idée de Bob');
    // Redo brings Alice's change back.
    await alice.page.keyboard.press('Control+Shift+z');
    await expect
      .poll(async () => {
        const c = await cardById(bob.page, card.id);
        return c && `${c.phaseId}/${c.channelId}`;
      })
      .toBe(`${cellB.phaseId}/${cellB.channelId}`);

    // A view-only link: everything visible live, nothing editable.
    const carol = await newParticipant(browser, 'Carol');
    await carol.page.goto(boardUrl(server, board, 'view'));
    await waitConnected(carol.page);
    await carol.page.getByTestId('view-only').waitFor();
    expect(await carol.page.getByTestId('view-only').textContent()).toBe('Lecture seule');
    expect((await stateOf(carol.page)).role).toBe('view');
    expect(await carol.page.getByTestId('add-touchpoint').count()).toBe(0);
    const carolCards = (await cardsOf(carol.page)).length;
    expect(carolCards).toBe((await cardsOf(alice.page)).length);
    // Selecting a card shows it read-only; shortcuts that edit do nothing.
    const noteRect = center(await rectOnCanvas(carol.page, { cardId: note.id }, true));
    await carol.page.mouse.click(noteRect.x, noteRect.y);
    const carolText = carol.page.getByTestId('card-panel').getByLabel('Texte');
    await carolText.waitFor();
    expect(await carolText.getAttribute('readonly')).not.toBeNull();
    await carol.page.keyboard.press('t');
    await carol.page.keyboard.press('Delete');
    await carol.page.keyboard.press('Control+z');
    await screenshot(carol.page, 'board-view-only');
    // Alice's next card reaches Carol live, and Carol's keys changed nothing.
    await alice.page.getByTestId('add-irritant').click();
    await expect.poll(async () => (await cardsOf(carol.page)).length).toBe(carolCards + 1);
    expect((await cardById(alice.page, note.id))?.text).toBe('Idée de Bob');
    expect((await cardsOf(alice.page)).length).toBe(carolCards + 1);

    await Promise.all([alice.context.close(), bob.context.close(), carol.context.close()]);
  });
});
