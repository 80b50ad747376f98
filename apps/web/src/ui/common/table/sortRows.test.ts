import { describe, expect, it } from 'vitest';
import { matchesQuery, nextSort, sortRows } from './sortRows';

describe('sortRows', () => {
  it('sorts texts as people read them: accents and case ignored, numbers by value, ligatures in place', () => {
    const titles = ['Zèbre', 'Étape 10', 'œuvre', 'étape 2', 'Avis'];
    expect(sortRows(titles, (t) => t, false)).toEqual(['Avis', 'étape 2', 'Étape 10', 'œuvre', 'Zèbre']);
    expect(sortRows(titles, (t) => t, true)).toEqual(['Zèbre', 'œuvre', 'Étape 10', 'étape 2', 'Avis']);
  });

  it('keeps empty values last both ways and ties in their order', () => {
    const rows = [
      { id: 'a', v: 2 },
      { id: 'b', v: null },
      { id: 'c', v: 1 },
      { id: 'd', v: 2 },
    ];
    expect(sortRows(rows, (r) => r.v, false).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, (r) => r.v, true).map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('flips the direction on the same column and starts a new one in its own direction', () => {
    expect(nextSort({ key: 'a', descending: false }, 'a', true)).toEqual({ key: 'a', descending: true });
    expect(nextSort({ key: 'a', descending: false }, 'b', true)).toEqual({ key: 'b', descending: true });
  });

  it('finds a query in any text, accents and case ignored', () => {
    expect(matchesQuery(['Délai de livraison'], 'DELAI')).toBe(true);
    expect(matchesQuery(['Retour', 'compliqué'], 'compliqué')).toBe(true);
    expect(matchesQuery(['Retour'], 'x')).toBe(false);
    expect(matchesQuery(['Retour'], '  ')).toBe(true);
  });
});
