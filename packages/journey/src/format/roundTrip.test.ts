import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toSnapshot } from '../read/toSnapshot';
import { journeyMapArbitrary } from '../testing/arbitraries';
import { brokenInvariants } from '../testing/randomOps';
import { fromJson } from './fromJson';
import { toJson } from './toJson';

/** What a peer or the server gets: the doc's whole state, encoded and applied to a fresh doc. */
function throughUpdate(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('the JSON round trip', () => {
  it('gives back every valid canonical map exactly, in memory and after a sync', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const input = structuredClone(map);
        const doc = fromJson(input);
        expect(toJson(doc)).toStrictEqual(map);
        expect(toJson(throughUpdate(doc))).toStrictEqual(map);
      }),
      { numRuns: 200 },
    );
  });

  it('survives a trip through JSON text', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const text = JSON.stringify(toJson(fromJson(map)));
        expect(JSON.stringify(toJson(fromJson(JSON.parse(text))))).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it('gives imported boards that read like any other: same records, same values, no broken invariant', () => {
    fc.assert(
      fc.property(journeyMapArbitrary(), (map) => {
        const snapshot = toSnapshot(fromJson(map));
        expect(brokenInvariants(snapshot)).toEqual([]);
        const cards = map.journeys.flatMap((j) => j.cards.map((card) => ({ ...card, journeyId: j.id })));
        expect(Object.keys(snapshot.cards).sort()).toEqual(cards.map((c) => c.id).sort());
        for (const card of cards) {
          const read = snapshot.cards[card.id]!;
          expect([read.journeyId, read.kind, read.text, read.phaseId, read.emotion, read.keyMoment]).toEqual([
            card.journeyId,
            card.kind,
            card.text,
            card.phaseId,
            card.emotion,
            card.keyMoment ?? false,
          ]);
        }
        for (const journey of map.journeys) {
          expect(snapshot.journeys[journey.id]?.personaId).toBe(journey.personaId ?? null);
          expect(snapshot.journeys[journey.id]?.stage).toBe(journey.stage ?? 'as-is');
        }
      }),
      { numRuns: 50 },
    );
  });
});
