import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../commands/cards';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { encodeRawUpdate, originWalk } from '../testing/adversarialUpdates';
import { checkUpdate, UPDATE_LIMITS } from './checkUpdate';

/** A board with one card; the id of the item holding the card's text. */
function boardWithCard() {
  const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8', title: 'Atelier' });
  const journeyId = Object.keys(toSnapshot(doc).journeys)[0]!;
  const cardId = addCard(doc, { journeyId, kind: 'note', text: 'Cible' });
  const card = doc.getMap('cards').get(cardId) as Y.Map<unknown>;
  const item = (card.get('text') as Y.Text)._item!.id;
  return { doc, card, cardId, text: { item: { client: item.client, clock: item.clock } } };
}

/** Applies the updates the check accepts; the index of the first it refuses, or -1. */
function feed(doc: Y.Doc, updates: readonly Uint8Array[]): number {
  for (const [i, update] of updates.entries()) {
    if (!checkUpdate(doc, update, 'edit').ok) return i;
    Y.applyUpdate(doc, update);
  }
  return -1;
}

describe('the integration cost bound', () => {
  it('refuses an origin walk over stored items (n x m), whatever the clients order, and accepts a short one', () => {
    for (const clients of [
      { a: 1_000_000, b: 2_000_000 },
      { a: 3_000_000, b: 2_000_000 },
    ]) {
      const { doc, text } = boardWithCard();
      const updates = originWalk(2_000, 500, text, clients, 200);
      expect(feed(doc, updates)).toBe(updates.length - 1); // every chunk of A, not B
    }
    const { doc, text } = boardWithCard();
    expect(feed(doc, originWalk(200, 20, text, { a: 1_000_000, b: 2_000_000 }, 200))).toBe(-1);
  });

  it('refuses the same walk when A and B come in one update', () => {
    const { doc, text } = boardWithCard();
    const [a, b] = originWalk(600, 600, text);
    const both = Y.mergeUpdates([a!, b!]);
    expect(checkUpdate(doc, both, 'edit').ok).toBe(false);
  });

  it('refuses a walk along the history of one map key', () => {
    const { doc, card, cardId } = boardWithCard();
    // 600 stored values of one key, each from another client (so they stay separate items).
    const record = card._item!.id;
    for (let i = 0; i < 600; i++) {
      const writer = new Y.Doc();
      writer.clientID = 10_000 + i;
      Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(writer);
      (writer.getMap('cards').get(cardId) as Y.Map<unknown>).set('does', `v${i}`);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, before));
    }
    // Then 500 items with no origins on that key: each walks the key's 600 items.
    const walk = encodeRawUpdate(
      Array.from({ length: 500 }, (_, j) => ({
        client: 5_000_000 + j,
        clock: 0,
        parent: { item: { client: record.client, clock: record.clock } },
        parentSub: 'does',
        content: { kind: 'any' as const, values: ['x'] },
      })),
    );
    expect(checkUpdate(doc, walk, 'edit').reasons).toEqual([
      `the update would take over ${UPDATE_LIMITS.maxSteps} steps to integrate`,
    ]);
  });
});
