/**
 * Typing never runs shortcuts (issue 13): a new card from the toolbar or its key opens its text at
 * once, so a sentence full of t/i/e/n/v/+/- makes one card holding it, not a score of empty cards,
 * stray votes and zooms; Escape on an empty new card leaves nothing behind, not even an undo step
 * that brings it back; the panels' fields take every letter.
 */
import type { Card } from '@parcours/journey';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, snapshotOf, stateOf } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, type Server, screenshot, useServerAndBrowser } from './harness';

const SENTENCE = 'Le client ne trouve pas le bouton + ou - et vient en vain';

function votesOf(cards: Card[]): number {
  return cards.reduce((sum, c) => sum + Object.values(c.votes).reduce((a, b) => a + b, 0), 0);
}

function zoomOf(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __parcoursCanvas: { camera(): { zoom: number } } }).__parcoursCanvas.camera().zoom,
  );
}

/** What the board holds besides `before`: the new cards, and the total of votes and the zoom. */
async function changesSince(page: Page, before: Card[]) {
  const known = new Set(before.map((c) => c.id));
  const cards = await cardsOf(page);
  return { added: cards.filter((c) => !known.has(c.id)), votes: votesOf(cards), count: cards.length };
}

describe('typing on the board', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('a new card takes the sentence typed after Irritant or I; Escape drops an empty one; fields take every key', async () => {
    const { context, page } = await newParticipant(browser, 'Camille');
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromHome(page, server, 'Atelier saisie');
    await page.waitForFunction(() => '__parcoursCanvas' in window);
    const zoom = await zoomOf(page);
    const start = await cardsOf(page);
    const votes = votesOf(start);

    // The toolbar button, then a sentence: one irritant holding it.
    await page.getByRole('toolbar').getByRole('button', { name: 'Irritant', exact: true }).click();
    await page.keyboard.type(SENTENCE);
    await screenshot(page, 'typing-new-card');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await changesSince(page, start)).added.map((c) => [c.kind, c.text]))
      .toEqual([['irritant', SENTENCE]]);
    let now = await changesSince(page, start);
    expect(now.votes).toBe(votes);
    expect(await zoomOf(page)).toBe(zoom);
    const first = now.added[0]!;

    // The key I, then the same sentence (the focus is back on the board after Escape).
    await page.keyboard.press('i');
    await page.keyboard.type(SENTENCE);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await changesSince(page, start)).count).toBe(start.length + 2);
    now = await changesSince(page, start);
    expect(now.added.map((c) => [c.kind, c.text])).toEqual([
      ['irritant', SENTENCE],
      ['irritant', SENTENCE],
    ]);
    expect(now.votes).toBe(votes);
    expect(await zoomOf(page)).toBe(zoom);
    const afterTwo = await cardsOf(page);

    // Escape on an empty new card removes it, and undo does not bring it back.
    await page.keyboard.press('n');
    await expect.poll(async () => (await stateOf(page)).selection.length).toBe(1);
    const empty = (await stateOf(page)).selection[0]!;
    expect(afterTwo.some((c) => c.id === empty)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshotOf(page))!.cards[empty]).toBeUndefined();
    await page.getByRole('toolbar').getByRole('button', { name: 'Note', exact: true }).click();
    const emptyToo = (await stateOf(page)).selection[0]!;
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshotOf(page))!.cards[emptyToo]).toBeUndefined();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    const cards = (await snapshotOf(page))!.cards;
    expect(cards[empty]).toBeUndefined();
    expect(cards[emptyToo]).toBeUndefined();
    // That undo took back the last thing done before: the second sentence.
    await expect.poll(async () => (await snapshotOf(page))!.cards[now.added[1]!.id]?.text).not.toBe(SENTENCE);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await snapshotOf(page))!.cards[now.added[1]!.id]?.text).toBe(SENTENCE);

    // The card panel's fields take every key.
    const before = await cardsOf(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('i');
    await expect.poll(async () => (await cardsOf(page)).length).toBe(before.length + 1);
    await page.keyboard.type('ok');
    await page.keyboard.press('Escape');
    const panel = page.getByTestId('card-panel');
    await panel.getByRole('textbox', { name: 'Fait', exact: true }).click();
    await page.keyboard.type('tien v+-');
    await panel.getByRole('textbox', { name: 'Texte', exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' tien v+-');
    await page.keyboard.press('Tab');
    const withPanel = await cardsOf(page);
    expect(withPanel.length).toBe(before.length + 1);
    const edited = withPanel.find((c) => !before.some((b) => b.id === c.id))!;
    await expect.poll(async () => (await snapshotOf(page))!.cards[edited.id]?.does).toBe('tien v+-');
    expect((await snapshotOf(page))!.cards[edited.id]?.text).toBe('ok tien v+-');
    expect(votesOf(withPanel)).toBe(votes);
    expect(await zoomOf(page)).toBe(zoom);

    // The persona panel's fields too.
    await page.getByRole('button', { name: 'Persona', exact: true }).click();
    const persona = page.getByTestId('persona-panel');
    await persona.getByRole('button', { name: 'Nouveau persona' }).click();
    await persona.getByRole('textbox', { name: 'Segment' }).click();
    await page.keyboard.type('tien v+-?p');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => Object.values((await snapshotOf(page))!.personas).map((p) => p.segment))
      .toContain('tien v+-?p');
    expect((await cardsOf(page)).length).toBe(before.length + 1);
    expect(votesOf(await cardsOf(page))).toBe(votes);
    expect(await zoomOf(page)).toBe(zoom);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(first.text).toBe(SENTENCE);
    await context.close();
  });
});
