import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sortByOrder } from '../order';
import { toSnapshot } from '../read/toSnapshot';
import type { Snapshot } from '../types';
import { addAction, moveAction, removeAction } from './actions';
import { addChannel, moveChannel } from './channels';
import { addJourney, moveJourney } from './journeys';
import { addPersona, movePersona } from './personas';
import { addPhase, movePhase } from './phases';

/** Ids of a kind in their order, optionally only one journey's. */
function ordered(
  snap: Snapshot,
  kind: 'personas' | 'journeys' | 'phases' | 'channels' | 'actions',
  journeyId?: string,
) {
  const all: { id: string; order: string; journeyId?: string }[] = Object.values(snap[kind]);
  return sortByOrder(all.filter((r) => journeyId === undefined || r.journeyId === journeyId)).map((r) => r.id);
}

describe('moving a record among its siblings', () => {
  it('moves personas and journeys among the whole board’s, before one or to the end', () => {
    const doc = new Y.Doc();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => addPersona(doc, { name }));
    movePersona(doc, { personaId: c!, before: a! });
    expect(ordered(toSnapshot(doc), 'personas')).toEqual([c, a, b]);
    movePersona(doc, { personaId: c!, before: null });
    expect(ordered(toSnapshot(doc), 'personas')).toEqual([a, b, c]);
    const [j1, j2] = ['Un', 'Deux'].map((title) => addJourney(doc, { title }));
    moveJourney(doc, { journeyId: j2!, before: j1! });
    expect(ordered(toSnapshot(doc), 'journeys')).toEqual([j2, j1]);
  });

  it('moves phases, channels and actions among their own journey’s only', () => {
    const doc = new Y.Doc();
    const [j1, j2] = ['Un', 'Deux'].map((title) => addJourney(doc, { title }));
    const p = ['P1', 'P2', 'P3'].map((name) => addPhase(doc, { journeyId: j1!, name }));
    addPhase(doc, { journeyId: j2!, name: 'Ailleurs' });
    movePhase(doc, { phaseId: p[2]!, before: p[0]! });
    expect(ordered(toSnapshot(doc), 'phases', j1)).toEqual([p[2], p[0], p[1]]);
    const c = ['C1', 'C2'].map((name) => addChannel(doc, { journeyId: j1!, name }));
    moveChannel(doc, { channelId: c[0]! });
    expect(ordered(toSnapshot(doc), 'channels', j1)).toEqual([c[1], c[0]]);
    const a = ['A1', 'A2'].map((title) => addAction(doc, { journeyId: j1!, title }));
    const other = addAction(doc, { journeyId: j2!, title: 'Autre' });
    moveAction(doc, { actionId: a[0]!, before: null });
    expect(ordered(toSnapshot(doc), 'actions', j1)).toEqual([a[1], a[0]]);
    expect(ordered(toSnapshot(doc), 'actions', j2)).toEqual([other]);
  });

  it('does nothing for a record deleted meanwhile', () => {
    const doc = new Y.Doc();
    const journeyId = addJourney(doc, { title: 'Un' });
    const actionId = addAction(doc, { journeyId, title: 'A' });
    removeAction(doc, { actionId });
    const before = Y.encodeStateVector(doc);
    moveAction(doc, { actionId, before: null });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
