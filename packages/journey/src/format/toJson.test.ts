import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAction, updateAction } from '../commands/actions';
import { addCard } from '../commands/cards';
import { rateEmotion } from '../commands/emotions';
import { addJourney } from '../commands/journeys';
import { addPersona, removePersona } from '../commands/personas';
import { addPhase, setKpi } from '../commands/phases';
import { recordOf } from '../doc';
import { toSnapshot } from '../read/toSnapshot';
import { applyOp, opArbitrary, seedJourney } from '../testing/randomOps';
import { SyncedDocs } from '../testing/syncedDocs';
import { fromJson } from './fromJson';
import { parseJourneyMap } from './parseJourneyMap';
import { toJson } from './toJson';

describe('toJson', () => {
  it('exports what concurrent users built as a valid map that imports back unchanged, the same on every peer', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 25 }), fc.array(opArbitrary, { maxLength: 25 }), (opsA, opsB) => {
        const net = new SyncedDocs(2);
        const journeyId = seedJourney(net.docs[0]!);
        net.syncAll();
        for (const op of opsA) applyOp(net.docs[0]!, journeyId, op, 'participant-a');
        for (const op of opsB) applyOp(net.docs[1]!, journeyId, op, 'participant-b');
        net.syncAll();
        const [a, b] = net.docs.map(toJson);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(() => parseJourneyMap(a)).not.toThrow();
        expect(toJson(fromJson(a))).toStrictEqual(a);
        const snapshot = toSnapshot(net.docs[0]!);
        for (const card of a!.journeys[0]!.cards) {
          const read = snapshot.cards[card.id]!;
          expect([card.text, card.phaseId, card.channelId, card.ratings ?? {}]).toEqual([
            read.text,
            read.phaseId,
            read.channelId,
            read.ratings,
          ]);
        }
        expect(a!.journeys[0]!.cards).toHaveLength(Object.keys(snapshot.cards).length);
      }),
      { numRuns: 60 },
    );
  });

  it('orders cards by phase, then channel, then place in the cell, with unplaced cards last', () => {
    const net = new SyncedDocs(1);
    const doc = net.docs[0]!;
    const journeyId = seedJourney(doc); // phases a, b; channels a, b
    const cell = (phase: string, channel: string) => ({ phaseId: `phase-${phase}`, channelId: `channel-${channel}` });
    addCard(doc, { journeyId, kind: 'note', id: 'tray' });
    addCard(doc, { journeyId, kind: 'note', id: 'b-a', cell: cell('b', 'a') });
    addCard(doc, { journeyId, kind: 'note', id: 'a-b', cell: cell('a', 'b') });
    addCard(doc, { journeyId, kind: 'note', id: 'a-a-2', cell: cell('a', 'a') });
    addCard(doc, { journeyId, kind: 'note', id: 'a-a-1', cell: cell('a', 'a'), before: 'a-a-2' });
    expect(toJson(doc).journeys[0]!.cards.map((c) => c.id)).toEqual(['a-a-1', 'a-a-2', 'a-b', 'b-a', 'tray']);
  });

  it('drops references left dangling so the file always imports', () => {
    const doc = new SyncedDocs(1).docs[0]!;
    const personaId = addPersona(doc, { name: 'Claire' });
    const journeyId = addJourney(doc, { title: 'Parcours', personaId });
    const phaseId = addPhase(doc, { journeyId, name: 'Achat' });
    setKpi(doc, { phaseId, name: 'Conversion', value: 2.5, unit: '%' });
    const card = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Paiement' });
    rateEmotion(doc, { cardId: card, participantId: 'Zoé', emotion: -2 });
    const actionId = addAction(doc, { journeyId, title: 'Simplifier', cardIds: [card] });
    // Commands refuse an impossible date now, but a peer running an older version may still write one.
    expect(() => updateAction(doc, { actionId, due: '2025-02-30' })).toThrow(/due/);
    doc.transact(() => recordOf(doc, 'actions', actionId)!.set('due', '2025-02-30'));
    removePersona(doc, { personaId });
    const map = toJson(doc);
    expect(map.journeys[0]!.personaId).toBeNull();
    expect(map.journeys[0]!.actions[0]).not.toHaveProperty('due');
    expect(map.journeys[0]!.cards[0]!.ratings).toEqual({ Zoé: -2 });
    expect(map.journeys[0]!.phases[0]!.kpis).toEqual([
      { id: expect.any(String), name: 'Conversion', value: 2.5, unit: '%' },
    ]);
    expect(() => parseJourneyMap(map)).not.toThrow();
  });
});
