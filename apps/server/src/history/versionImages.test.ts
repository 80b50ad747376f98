import { addCard, createBoardDoc, orderedJourneys, toSnapshot, updateCard } from '@parcours/journey';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../storage/sqlite';
import type { BoardStore } from '../storage/store';
import { imagesInVersions, imagesOfSnapshot } from './versionImages';

const hash = (c: string) => c.repeat(64);
let store: BoardStore;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await store.create({ id: 'board', snapshot: new Uint8Array([0, 0]), tokens: [] });
});
afterEach(() => store.close());

/** A board whose one card shows the picture `image`. */
function boardShowing(image: string): Y.Doc {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'blank' });
  const journeyId = orderedJourneys(toSnapshot(doc))[0]!.id;
  const cardId = addCard(doc, { journeyId, kind: 'touchpoint' });
  updateCard(doc, { cardId, image: { hash: image, width: 8, height: 8 } });
  return doc;
}

it('reads the pictures each version noted, and decodes only the versions stored before they were noted', async () => {
  const doc = boardShowing(hash('a'));
  expect(imagesOfSnapshot(toSnapshot(doc))).toEqual([hash('a')]);
  const common = { boardId: 'board', kind: 'auto' as const, participants: [], summary: null };
  // Noted: the list is believed as it is (this state shows no picture at all).
  await store.checkpoints.add({
    ...common,
    state: Y.encodeStateAsUpdate(createBoardDoc({ title: 'x', locale: 'fr', template: 'blank' })),
    images: [hash('b')],
  });
  // Stored before pictures were noted: decoded.
  await store.checkpoints.add({ ...common, state: Y.encodeStateAsUpdate(doc) });
  const shown = await imagesInVersions(store.checkpoints)('board');
  expect([...shown].sort()).toEqual([hash('a'), hash('b')]);
});
