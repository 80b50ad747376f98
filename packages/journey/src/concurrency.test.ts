import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAction } from './commands/actions';
import { addCard, moveCard, removeCards, setCardText, updateCard } from './commands/cards';
import { addJourney, updateJourney } from './commands/journeys';
import { addPersona, removePersona } from './commands/personas';
import { addPhase, movePhase, removePhase } from './commands/phases';
import { toJourneyView } from './read/journeyView';
import { observeSnapshot } from './read/observeSnapshot';
import { toSnapshot } from './read/toSnapshot';
import { applyOp, brokenInvariants, opWithCommentsArbitrary, seedJourney } from './testing/randomOps';
import { SyncedDocs } from './testing/syncedDocs';
import type { Snapshot } from './types';

function peers(count: number) {
  const net = new SyncedDocs(count);
  const journeyId = seedJourney(net.docs[0]!);
  net.syncAll();
  return { net, journeyId, docs: net.docs };
}

describe('concurrent edits on synced peers', () => {
  it('unplaces a card moved into a phase that a peer removes at the same time, on every peer', () => {
    const { net, journeyId, docs } = peers(2);
    const card = addCard(docs[0]!, {
      journeyId,
      kind: 'touchpoint',
      text: 'Avis clients',
      cell: { phaseId: 'phase-a', channelId: 'channel-a' },
    });
    net.syncAll();
    moveCard(docs[0]!, { cardId: card, to: { phaseId: 'phase-b', channelId: 'channel-b' } });
    removePhase(docs[1]!, { phaseId: 'phase-b' });
    net.syncAll();
    for (const doc of docs) {
      const snap = toSnapshot(doc);
      expect(snap.cards[card]).toMatchObject({ text: 'Avis clients', phaseId: null, channelId: null });
      expect(toJourneyView(snap, journeyId)!.unplaced.map((c) => c.id)).toEqual([card]);
    }
  });

  it('resolves concurrent moves of one card to a single cell for every peer', () => {
    const { net, journeyId, docs } = peers(3);
    const card = addCard(docs[0]!, { journeyId, kind: 'note' });
    net.syncAll();
    moveCard(docs[0]!, { cardId: card, to: { phaseId: 'phase-a', channelId: 'channel-b' } });
    moveCard(docs[1]!, { cardId: card, to: { phaseId: 'phase-b', channelId: 'channel-a' } });
    moveCard(docs[2]!, { cardId: card, to: null });
    net.syncAll();
    const cells = docs.map((d) => {
      const c = toSnapshot(d).cards[card]!;
      return `${c.phaseId}/${c.channelId}`;
    });
    expect(new Set(cells).size).toBe(1);
    expect(['phase-a/channel-b', 'phase-b/channel-a', 'null/null']).toContain(cells[0]);
  });

  it('keeps each phase exactly once under concurrent reordering', () => {
    const { net, journeyId, docs } = peers(3);
    addPhase(docs[0]!, { journeyId, name: 'Livraison', id: 'phase-c' });
    net.syncAll();
    movePhase(docs[0]!, { phaseId: 'phase-c', before: 'phase-a' });
    movePhase(docs[1]!, { phaseId: 'phase-a', before: null });
    movePhase(docs[2]!, { phaseId: 'phase-c', before: 'phase-b' });
    net.syncAll();
    const orders = docs.map((d) => toJourneyView(toSnapshot(d), journeyId)!.phases.map((p) => p.id));
    for (const order of orders) {
      expect(order).toHaveLength(3);
      expect(new Set(order)).toEqual(new Set(['phase-a', 'phase-b', 'phase-c']));
      expect(order).toEqual(orders[0]);
    }
  });

  it('merges concurrent typing in one card', () => {
    const { net, journeyId, docs } = peers(2);
    const card = addCard(docs[0]!, { journeyId, kind: 'touchpoint', text: 'Le client compare' });
    net.syncAll();
    setCardText(docs[0]!, { cardId: card, text: 'Le client compare les prix' });
    setCardText(docs[1]!, { cardId: card, text: 'Souvent, le client compare' });
    net.syncAll();
    for (const doc of docs) expect(toSnapshot(doc).cards[card]!.text).toBe('Souvent, le client compare les prix');
  });

  it('leaves no dangling reference after concurrent deletes', () => {
    const { net, journeyId, docs } = peers(2);
    const personaId = addPersona(docs[0]!, { name: 'Camille' });
    const tp = addCard(docs[0]!, { journeyId, kind: 'touchpoint' });
    const irritant = addCard(docs[0]!, { journeyId, kind: 'irritant' });
    net.syncAll();
    updateJourney(docs[0]!, { journeyId, personaId });
    updateCard(docs[0]!, { cardId: irritant, touchpointId: tp });
    const action = addAction(docs[0]!, { journeyId, title: 'Former les vendeurs', cardIds: [irritant, tp] });
    removePersona(docs[1]!, { personaId });
    removeCards(docs[1]!, { cardIds: [tp] });
    net.syncAll();
    for (const doc of docs) {
      const snap = toSnapshot(doc);
      expect(snap.journeys[journeyId]!.personaId).toBeNull();
      expect(snap.cards[irritant]!.touchpointId).toBeUndefined();
      expect(snap.actions[action]!.cardIds).toEqual([irritant]);
      expect(brokenInvariants(snap)).toEqual([]);
    }
  });

  it('converges for random commands, sync orders and partitions (property)', () => {
    const step = fc.oneof(
      { weight: 3, arbitrary: fc.record({ peer: fc.nat({ max: 4 }), op: opWithCommentsArbitrary }) },
      { weight: 1, arbitrary: fc.record({ from: fc.nat({ max: 4 }), to: fc.nat({ max: 4 }) }) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.array(step, { minLength: 5, maxLength: 60 }), (count, steps) => {
        const { net, journeyId, docs } = peers(count);
        // Each peer also keeps an incremental snapshot, which must always equal a fresh read.
        const live = docs.map(() => null as Snapshot | null);
        const stops = docs.map((doc, i) =>
          observeSnapshot(doc, (snap) => {
            live[i] = snap;
          }),
        );
        for (const s of steps) {
          if ('op' in s) applyOp(docs[s.peer % count]!, journeyId, s.op, `participant-${s.peer % count}`);
          else if (s.from % count !== s.to % count) net.deliver(s.from % count, s.to % count);
        }
        net.syncAll();
        for (const stop of stops) stop();
        const snapshots = docs.map((d) => toSnapshot(d));
        expect(live).toEqual(snapshots);
        for (const snap of snapshots) {
          expect(snap).toEqual(snapshots[0]);
          expect(brokenInvariants(snap)).toEqual([]);
          const view = toJourneyView(snap, journeyId)!;
          const shown = [...view.cells.values()].flat().length + view.unplaced.length;
          expect(shown).toBe(Object.values(snap.cards).filter((c) => c.journeyId === journeyId).length);
        }
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it('keeps a card added into a journey that another peer creates and fills', () => {
    const { net, docs } = peers(2);
    const other = addJourney(docs[1]!, { title: 'SAV' });
    net.syncAll();
    const card = addCard(docs[0]!, { journeyId: other, kind: 'note', text: 'Rappel' });
    net.syncAll();
    expect(toSnapshot(docs[1]!).cards[card]!.text).toBe('Rappel');
  });
});
