/**
 * A checkpoint's notes computed in an export worker are those the event loop would compute, and
 * when no worker has room (or the pool is closed) the loop computes them itself.
 */
import { addCard, createBoardDoc, orderedJourneys, removePhase, toSnapshot, updateCard } from '@parcours/journey';
import { afterAll, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ExportPool } from '../export/exportPool';
import { openSqliteStore } from '../storage/sqlite';
import type { BoardStore } from '../storage/store';
import { CheckpointSummaries, notesInPool, notesOf } from './checkpointSummary';
import { snapshotOfState } from './versionSnapshot';

const log = { debug() {} } as unknown as ConstructorParameters<typeof CheckpointSummaries>[1];
const pool = new ExportPool({ workers: 1 });
afterAll(() => pool.close());
let store: BoardStore;
beforeEach(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await store.create({ id: 'board', snapshot: new Uint8Array([0, 0]), tokens: [] });
});

/** Two states of a workshop board: then a phase deleted and a card given a picture. */
function twoStates(): [Uint8Array, Uint8Array] {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  const before = Y.encodeStateAsUpdate(doc);
  const snapshot = toSnapshot(doc);
  const journeyId = orderedJourneys(snapshot)[0]!.id;
  removePhase(doc, { phaseId: Object.values(snapshot.phases).find((p) => p.journeyId === journeyId)!.id });
  const cardId = addCard(doc, { journeyId, kind: 'irritant', text: 'Trop cher' });
  updateCard(doc, { cardId, image: { hash: 'a'.repeat(64), width: 8, height: 8 } });
  return [before, Y.encodeStateAsUpdate(doc)];
}

it('notes in a worker what the loop would note', async () => {
  const [before, after] = twoStates();
  const inWorker = await notesInPool(pool)({ boardId: 'board', before, after });
  const onLoop = notesOf(snapshotOfState(before), snapshotOfState(after));
  expect(inWorker).toEqual(onLoop);
  expect(inWorker.images).toEqual(['a'.repeat(64)]);
  expect((inWorker.summary as { phasesRemoved: unknown[] }).phasesRemoved).toHaveLength(1);
});

it('starts from the board’s previous checkpoint, and falls back to the loop when the pool refuses', async () => {
  const [before, after] = twoStates();
  await store.checkpoints.add({ boardId: 'board', kind: 'auto', state: before, participants: [], summary: null });
  const closed = new ExportPool({ workers: 1 });
  await closed.close();
  const viaPool = await new CheckpointSummaries(store, log, notesInPool(pool)).notes('board', after, false);
  const fallback = await new CheckpointSummaries(store, log, notesInPool(closed)).notes('board', after, false);
  expect(fallback).toEqual(viaPool);
  expect(viaPool.summary).not.toBeNull();
});
