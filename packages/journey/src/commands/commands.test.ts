import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toJourneyView } from '../read/journeyView';
import { observeSnapshot } from '../read/observeSnapshot';
import { toSnapshot } from '../read/toSnapshot';
import type { Snapshot } from '../types';
import { createUndoManager } from '../undo';
import { addAction, linkCard, unlinkCard, updateAction } from './actions';
import {
  addCard,
  addCards,
  duplicateCards,
  MAX_CARDS_PER_INSERT,
  moveCard,
  removeCards,
  setCardText,
  updateCard,
} from './cards';
import { addChannel, removeChannel } from './channels';
import { clearRating, rateEmotion, setEmotion } from './emotions';
import { addJourney, duplicateJourney, removeJourney, updateJourney } from './journeys';
import { addPersona, removePersona } from './personas';
import { addPhase, movePhase, removePhase, setKpi } from './phases';
import { unvote, vote } from './votes';

function board() {
  const doc = new Y.Doc();
  const journeyId = addJourney(doc, { title: 'Achat en ligne' });
  const p1 = addPhase(doc, { journeyId, name: "Recherche d'informations" });
  const p2 = addPhase(doc, { journeyId, name: 'Comparaison' });
  const web = addChannel(doc, { journeyId, name: 'Site web' });
  const shop = addChannel(doc, { journeyId, name: 'Boutique' });
  /** The first phase on the first channel. */
  const cell = { phaseId: p1, channelId: web };
  return { doc, journeyId, p1, p2, web, shop, cell };
}

describe('cards', () => {
  it('adds cards in a cell in order and places one before another', () => {
    const { doc, journeyId, p1, web, cell } = board();
    const a = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Lit les avis', cell });
    const b = addCard(doc, { journeyId, kind: 'irritant', text: 'Site lent', cell });
    const c = addCard(doc, { journeyId, kind: 'note', text: 'Avant', cell, before: a });
    const view = toJourneyView(toSnapshot(doc), journeyId)!;
    expect(view.cells.get(`${p1}\u0000${web}`)!.map((card) => card.id)).toEqual([c, a, b]);
  });

  it('moves a card to another cell, to the tray, and ignores a card deleted meanwhile', () => {
    const { doc, journeyId, p1, p2, web, shop, cell } = board();
    const a = addCard(doc, { journeyId, kind: 'touchpoint', cell });
    moveCard(doc, { cardId: a, to: { phaseId: p2, channelId: shop } });
    expect(toSnapshot(doc).cards[a]).toMatchObject({ phaseId: p2, channelId: shop });
    moveCard(doc, { cardId: a, to: null });
    expect(toSnapshot(doc).cards[a]).toMatchObject({ phaseId: null, channelId: null });
    removeCards(doc, { cardIds: [a] });
    expect(() => moveCard(doc, { cardId: a, to: { phaseId: p1, channelId: web } })).not.toThrow();
    expect(toSnapshot(doc).cards[a]).toBeUndefined();
  });

  it('validates fields and refuses a paste over the limit without writing anything', () => {
    const { doc, journeyId } = board();
    const a = addCard(doc, { journeyId, kind: 'irritant' });
    expect(() => updateCard(doc, { cardId: a, severity: 4 as 3 })).toThrow(/severity/);
    expect(() => updateCard(doc, { cardId: a, csat: 101 })).toThrow(/csat/);
    updateCard(doc, { cardId: a, severity: 3, keyMoment: true, feels: 'Frustré 😤', nps: -20 });
    expect(toSnapshot(doc).cards[a]).toMatchObject({ severity: 3, keyMoment: true, feels: 'Frustré 😤', nps: -20 });
    updateCard(doc, { cardId: a, feels: null });
    expect(toSnapshot(doc).cards[a]!.feels).toBeUndefined();
    const before = Y.encodeStateVector(doc);
    const tooMany = Array.from({ length: MAX_CARDS_PER_INSERT + 1 }, () => ({ kind: 'note' as const }));
    expect(() => addCards(doc, { journeyId, cards: tooMany })).toThrow(/Too many cards/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('edits text with minimal changes, keeping emoji whole', () => {
    const { doc, journeyId } = board();
    const a = addCard(doc, { journeyId, kind: 'note', text: 'Client 😀 content' });
    setCardText(doc, { cardId: a, text: 'Client 😃 content' });
    expect(toSnapshot(doc).cards[a]!.text).toBe('Client 😃 content');
    setCardText(doc, { cardId: a, text: 'Client très 😃 content !' });
    expect(toSnapshot(doc).cards[a]!.text).toBe('Client très 😃 content !');
  });

  it('duplicates cards right after the original without votes or ratings', () => {
    const { doc, journeyId, p1, web, cell } = board();
    const a = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Newsletter', cell });
    const b = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Après', cell });
    vote(doc, { cardId: a, participantId: 'u1' });
    const [copy] = duplicateCards(doc, { cards: [toSnapshot(doc).cards[a]!] });
    const view = toJourneyView(toSnapshot(doc), journeyId)!;
    expect(view.cells.get(`${p1}\u0000${web}`)!.map((c) => c.id)).toEqual([a, copy, b]);
    expect(toSnapshot(doc).cards[copy!]).toMatchObject({ text: 'Newsletter', votes: {} });
  });
});

describe('emotions and votes', () => {
  it('keeps one rating per participant and the facilitator value apart', () => {
    const { doc, journeyId } = board();
    const a = addCard(doc, { journeyId, kind: 'touchpoint' });
    setEmotion(doc, { cardId: a, emotion: -1 });
    rateEmotion(doc, { cardId: a, participantId: 'u1', emotion: 2 });
    rateEmotion(doc, { cardId: a, participantId: 'u2', emotion: -2 });
    rateEmotion(doc, { cardId: a, participantId: 'u1', emotion: 1 });
    expect(toSnapshot(doc).cards[a]).toMatchObject({ emotion: -1, ratings: { u1: 1, u2: -2 } });
    clearRating(doc, { cardId: a, participantId: 'u2' });
    expect(toSnapshot(doc).cards[a]!.ratings).toEqual({ u1: 1 });
    expect(() => rateEmotion(doc, { cardId: a, participantId: 'u1', emotion: 3 as 2 })).toThrow(RangeError);
  });

  it('counts dots per participant and removes the key at zero', () => {
    const { doc, journeyId } = board();
    const a = addCard(doc, { journeyId, kind: 'irritant' });
    vote(doc, { cardId: a, participantId: 'u1' });
    vote(doc, { cardId: a, participantId: 'u1' });
    vote(doc, { cardId: a, participantId: 'u2' });
    unvote(doc, { cardId: a, participantId: 'u2' });
    unvote(doc, { cardId: a, participantId: 'u2' });
    expect(toSnapshot(doc).cards[a]!.votes).toEqual({ u1: 2 });
  });
});

describe('structure', () => {
  it('sends the cards of a removed phase to the tray, and undo brings all back', () => {
    const { doc, journeyId, p1, web, cell } = board();
    const undo = createUndoManager(doc);
    const a = addCard(doc, { journeyId, kind: 'touchpoint', cell });
    undo.stopCapturing();
    removePhase(doc, { phaseId: p1 });
    let snap = toSnapshot(doc);
    expect(snap.phases[p1]).toBeUndefined();
    expect(snap.cards[a]).toMatchObject({ phaseId: null, channelId: null });
    undo.undo();
    snap = toSnapshot(doc);
    expect(snap.phases[p1]?.name).toBe("Recherche d'informations");
    expect(snap.cards[a]).toMatchObject({ phaseId: p1, channelId: web });
  });

  it('removes a channel the same way', () => {
    const { doc, journeyId, p2, shop } = board();
    const a = addCard(doc, { journeyId, kind: 'note', cell: { phaseId: p2, channelId: shop } });
    removeChannel(doc, { channelId: shop });
    expect(toSnapshot(doc).cards[a]).toMatchObject({ phaseId: null, channelId: null });
  });

  it('reorders phases by fractional index and sets KPIs', () => {
    const { doc, journeyId, p1, p2 } = board();
    movePhase(doc, { phaseId: p2, before: p1 });
    const kpi = setKpi(doc, { phaseId: p1, name: 'CSAT', value: 72, target: 80, unit: '%' });
    setKpi(doc, { phaseId: p1, kpiId: kpi, value: 85 });
    const view = toJourneyView(toSnapshot(doc), journeyId)!;
    expect(view.phases.map((p) => p.id)).toEqual([p2, p1]);
    expect(view.phases[1]!.kpis).toMatchObject([{ id: kpi, name: 'CSAT', value: 85, target: 80, unit: '%' }]);
  });

  it('duplicates a journey as to-be with new ids and the same layout', () => {
    const { doc, journeyId, cell } = board();
    const personaId = addPersona(doc, { name: 'Camille', segment: 'Jeune active' });
    updateJourney(doc, { journeyId, personaId });
    const tp = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Appel', cell });
    const irr = addCard(doc, { journeyId, kind: 'irritant', text: 'Attente', touchpointId: tp, cell });
    rateEmotion(doc, { cardId: tp, participantId: 'u1', emotion: -2 });
    const copyId = duplicateJourney(doc, { journeyId })!;
    const snap = toSnapshot(doc);
    const view = toJourneyView(snap, copyId)!;
    expect(view.journey).toMatchObject({ stage: 'to-be', personaId });
    expect(view.phases.map((p) => p.name)).toEqual(["Recherche d'informations", 'Comparaison']);
    const cards = [...view.cells.values()].flat();
    expect(cards.map((c) => c.text)).toEqual(['Appel', 'Attente']);
    expect(cards.every((c) => c.id !== tp && c.id !== irr && Object.keys(c.ratings).length === 0)).toBe(true);
    expect(cards[1]!.touchpointId).toBe(cards[0]!.id);
  });

  it('removes a journey with everything in it, and shows no persona once it is deleted', () => {
    const { doc, journeyId } = board();
    const personaId = addPersona(doc, { name: 'Camille' });
    const other = addJourney(doc, { title: 'SAV', personaId });
    addCard(doc, { journeyId, kind: 'note' });
    removeJourney(doc, { journeyId });
    const snap = toSnapshot(doc);
    expect(Object.keys(snap.cards)).toHaveLength(0);
    expect(Object.keys(snap.phases)).toHaveLength(0);
    removePersona(doc, { personaId });
    expect(toSnapshot(doc).journeys[other]!.personaId).toBeNull();
  });
});

describe('actions', () => {
  it('links cards, drops deleted ones on read, and validates impact and effort', () => {
    const { doc, journeyId } = board();
    const a = addCard(doc, { journeyId, kind: 'irritant' });
    const b = addCard(doc, { journeyId, kind: 'irritant' });
    const action = addAction(doc, { journeyId, title: 'Rappeler sous 24 h', cardIds: [a], impact: 5, effort: 2 });
    linkCard(doc, { actionId: action, cardId: b });
    linkCard(doc, { actionId: action, cardId: b });
    expect(toSnapshot(doc).actions[action]!.cardIds).toEqual([a, b]);
    removeCards(doc, { cardIds: [a] });
    expect(toSnapshot(doc).actions[action]!.cardIds).toEqual([b]);
    unlinkCard(doc, { actionId: action, cardId: b });
    expect(toSnapshot(doc).actions[action]!.cardIds).toEqual([]);
    expect(() => updateAction(doc, { actionId: action, impact: 6 })).toThrow(/impact/);
    expect(() => updateAction(doc, { actionId: action, due: '2026-02-30' })).toThrow(/due/);
    updateAction(doc, { actionId: action, owner: 'Service client', due: '2026-12-15', status: 'doing' });
    expect(toSnapshot(doc).actions[action]).toMatchObject({
      owner: 'Service client',
      due: '2026-12-15',
      status: 'doing',
    });
  });
});

describe('observeSnapshot', () => {
  it('keeps the identity of unchanged records and collections', () => {
    const { doc, journeyId, cell } = board();
    const a = addCard(doc, { journeyId, kind: 'touchpoint', cell });
    const b = addCard(doc, { journeyId, kind: 'touchpoint', cell });
    const seen: Snapshot[] = [];
    const stop = observeSnapshot(doc, (s) => seen.push(s));
    setCardText(doc, { cardId: a, text: 'Changé' });
    stop();
    setCardText(doc, { cardId: a, text: 'Ignoré après stop' });
    expect(seen).toHaveLength(2);
    const [before, after] = seen as [Snapshot, Snapshot];
    expect(after.cards[a]).not.toBe(before.cards[a]);
    expect(after.cards[a]!.text).toBe('Changé');
    expect(after.cards[b]).toBe(before.cards[b]);
    expect(after.phases).toBe(before.phases);
    expect(after.board).toBe(before.board);
  });

  it('matches a fresh toSnapshot after every kind of change, including cross-record fixes', () => {
    const { doc, journeyId, p1, cell } = board();
    let last: Snapshot | null = null;
    const stop = observeSnapshot(doc, (s) => {
      last = s;
    });
    const a = addCard(doc, { journeyId, kind: 'touchpoint', cell });
    const i = addCard(doc, { journeyId, kind: 'irritant', touchpointId: a });
    removePhase(doc, { phaseId: p1 });
    removeCards(doc, { cardIds: [a] });
    expect(last).toEqual(toSnapshot(doc));
    expect(last!.cards[i]!.touchpointId).toBeUndefined();
    stop();
  });
});
