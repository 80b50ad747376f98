import { addCard, createBoardDoc, toSnapshot } from '@parcours/journey';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { firstJourneyId } from '../../test/helpers';
import { BoardState } from './boardState';

/** A board of `cards` cards built with the model's commands. */
function boardDoc(cards: number): Y.Doc {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  const journeyId = firstJourneyId(doc);
  for (let i = 0; i < cards; i++) addCard(doc, { journeyId, kind: 'note', text: `Carte ${i}` });
  return doc;
}

describe('BoardState', () => {
  const states: BoardState[] = [];
  const make = (doc: Y.Doc, updates: Uint8Array[] = [], canSleep = () => true) => {
    const state = new BoardState(doc, { sleepAfterMs: 0, onUpdate: (u) => updates.push(u), canSleep });
    states.push(state);
    return state;
  };
  afterEach(() => {
    for (const s of states.splice(0)) s.destroy();
  });

  it('answers a client that has nothing of the board (unknown clients only) with the one shared full encoding', () => {
    const state = make(boardDoc(20));
    const stranger = Y.encodeStateVector(new Y.Doc()); // empty
    const elsewhere = new Y.Doc();
    elsewhere.getText('ailleurs').insert(0, 'autre tableau');
    const full = state.diff(stranger);
    expect(state.isFull(full)).toBe(true);
    expect(state.diff(Y.encodeStateVector(elsewhere))).toBe(full);
    expect(state.sleep()).toBe(true);
    expect(state.diff(Y.encodeStateVector(elsewhere))).toBe(full);
  });

  it('answers a fresh client, a partial client and the state vector from the encoding while asleep', () => {
    const source = boardDoc(50);
    // A client that has the first 20 cards only.
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(source));
    const laterSource = boardDoc(0);
    Y.applyUpdate(laterSource, Y.encodeStateAsUpdate(source));
    addCard(laterSource, { journeyId: firstJourneyId(laterSource), kind: 'irritant', text: 'Attente au téléphone' });

    const state = make(laterSource);
    const expectedVector = Y.encodeStateVector(laterSource);
    const expectedSnapshot = toSnapshot(laterSource);
    expect(state.sleep()).toBe(true);
    expect(state.asleep).toBe(true);

    expect(Buffer.from(state.stateVector())).toEqual(Buffer.from(expectedVector));
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, state.diff(Y.encodeStateVector(new Y.Doc())));
    expect(toSnapshot(fresh)).toEqual(expectedSnapshot);
    const diff = state.diff(Y.encodeStateVector(partial));
    expect(diff.byteLength).toBeLessThan(state.full().byteLength / 4);
    Y.applyUpdate(partial, diff);
    expect(toSnapshot(partial)).toEqual(expectedSnapshot);
    // None of that woke the doc.
    expect(state.asleep).toBe(true);
  });

  it('wakes on the next edit with the same content, and reports the edits of the rebuilt doc', () => {
    const updates: Uint8Array[] = [];
    const doc = boardDoc(30);
    const before = toSnapshot(doc);
    const state = make(doc, updates);
    state.sleep();
    const woken = state.doc;
    expect(state.asleep).toBe(false);
    expect(toSnapshot(woken)).toEqual(before);
    expect(updates).toHaveLength(0); // rebuilding is not an edit
    addCard(woken, { journeyId: firstJourneyId(woken), kind: 'enchantment', text: 'Livraison en avance' });
    expect(updates).toHaveLength(1);
    // The cached encoding was dropped with that edit: a fresh client gets the new card.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, state.full());
    expect(Object.keys(toSnapshot(fresh).cards)).toHaveLength(Object.keys(before.cards).length + 1);
  });

  it('shares one encoding between fresh clients while the doc is unchanged', () => {
    const state = make(boardDoc(10));
    const empty = Y.encodeStateVector(new Y.Doc());
    expect(state.diff(empty)).toBe(state.diff(empty));
  });

  it('serves the stored snapshot it was built from as is, until the first edit', () => {
    const stored = Y.encodeStateAsUpdate(boardDoc(20));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored);
    const state = new BoardState(doc, { sleepAfterMs: 0, onUpdate: () => {}, canSleep: () => true }, stored);
    states.push(state);
    expect(state.diff(Y.encodeStateVector(new Y.Doc()))).toBe(stored);
    addCard(state.doc, { journeyId: firstJourneyId(state.doc), kind: 'note', text: 'Nouvelle' });
    expect(state.full()).not.toBe(stored);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, state.full());
    expect(toSnapshot(fresh)).toEqual(toSnapshot(state.doc));
  });

  it('refuses to sleep while structs wait for their dependencies', () => {
    const source = new Y.Doc();
    source.getMap('m').set('a', 1);
    const first = Y.encodeStateAsUpdate(source);
    source.getMap('m').set('b', 2);
    const second = Y.encodeStateAsUpdate(source, Y.encodeStateVectorFromUpdate(first));
    const doc = new Y.Doc();
    const state = make(doc);
    Y.applyUpdate(state.doc, second); // depends on `first`, which has not come
    expect(state.sleep()).toBe(false);
    Y.applyUpdate(state.doc, first);
    expect(state.sleep()).toBe(true);
    expect(Y.encodeStateVector(state.doc)).toEqual(Y.encodeStateVector(source));
  });

  it('falls asleep by itself once idle, unless updates are still being stored', async () => {
    let storing = true;
    const state = new BoardState(boardDoc(5), { sleepAfterMs: 20, onUpdate: () => {}, canSleep: () => !storing });
    states.push(state);
    await new Promise((r) => setTimeout(r, 60));
    expect(state.asleep).toBe(false);
    storing = false;
    await new Promise((r) => setTimeout(r, 60));
    expect(state.asleep).toBe(true);
  });
});
