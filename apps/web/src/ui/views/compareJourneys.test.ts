import type { EmotionPoint, Journey } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { alignCurves, curvePath, defaultPair, kindCountsByPhase, titleWithStage } from './compareJourneys';
import { at, card, journeyView } from './testViews';

const point = (value: number | null): EmotionPoint => ({
  phaseId: 'x',
  value,
  min: value,
  max: value,
  count: value === null ? 0 : 1,
});

describe('alignCurves', () => {
  it('pairs phases by position and leaves the shorter journey empty past its end', () => {
    const aligned = alignCurves(
      [point(-1), point(null), point(0.5)],
      ['A', 'B', 'C'],
      [point(1), point(2)],
      ['A2', 'B2'],
    );
    expect(aligned).toEqual([
      { index: 0, a: { name: 'A', value: -1 }, b: { name: 'A2', value: 1 } },
      { index: 1, a: { name: 'B', value: null }, b: { name: 'B2', value: 2 } },
      { index: 2, a: { name: 'C', value: 0.5 }, b: null },
    ]);
  });
});

describe('curvePath', () => {
  it('draws through the valued points and breaks the line at a phase without emotion', () => {
    const x = (i: number) => i * 100;
    const y = (v: number) => 50 - v * 10;
    expect(curvePath([1, 2, null, -2, 0], x, y)).toBe('M0 40 L100 30 M300 70 L400 50');
    expect(curvePath([null, null], x, y)).toBe('');
  });
});

describe('kindCountsByPhase', () => {
  it('counts placed cards of each kind per phase, in phase order', () => {
    const view = journeyView({
      phases: ['A', 'B'],
      channels: ['Web', 'Tel'],
      cards: [at(0, 0, 't1'), at(0, 1, 't2'), at(1, 0, 'i1', { kind: 'irritant' }), card('tray', { kind: 'irritant' })],
    });
    expect(kindCountsByPhase(view)).toEqual([
      { touchpoint: 2, irritant: 0, enchantment: 0, note: 0 },
      { touchpoint: 0, irritant: 1, enchantment: 0, note: 0 },
    ]);
  });
});

describe('defaultPair', () => {
  const j = (id: string, stage: Journey['stage'], personaId: string | null): Journey => ({
    id,
    order: id,
    title: id,
    stage,
    personaId,
  });
  it('prefers a to-be journey of the same persona, then any to-be, then any other', () => {
    const journeys = [j('a', 'as-is', 'p1'), j('b', 'to-be', 'p2'), j('c', 'to-be', 'p1'), j('d', 'as-is', null)];
    expect(defaultPair(journeys, 'a')).toEqual(['a', 'c']);
    expect(defaultPair(journeys, 'd')).toEqual(['d', 'b']);
    expect(defaultPair([j('a', 'as-is', null), j('d', 'as-is', null)], 'a')).toEqual(['a', 'd']);
    expect(defaultPair([j('a', 'as-is', null)], 'a')).toEqual(['a', null]);
    expect(defaultPair([], null)).toEqual([null, null]);
  });

  it('names a journey with its stage once, even when its title already ends with it (a to-be copy)', () => {
    expect(titleWithStage('Achat', 'actuel')).toBe('Achat (actuel)');
    expect(titleWithStage('Achat (cible)', 'cible')).toBe('Achat (cible)');
    expect(titleWithStage('Purchase (To-be)', 'to-be')).toBe('Purchase (To-be)');
  });
});
