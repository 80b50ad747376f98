import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journeyMapArbitrary } from '../testing/arbitraries';
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
});
