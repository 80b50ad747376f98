import type { PlanRow } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { filterPlanRows, sortPlanRows } from './planRows';

function row(id: string, fields: Partial<PlanRow>): PlanRow {
  return {
    actionId: id,
    title: id,
    cards: [],
    phases: [],
    channels: [],
    departments: [],
    impact: 3,
    effort: 3,
    quadrant: 'thankless',
    owner: '',
    due: '',
    status: 'todo',
    ...fields,
  } as PlanRow;
}

describe('plan table rows', () => {
  const rows = [
    row('a', { title: 'Réduire le délai de livraison', impact: 5, effort: 4, owner: 'Logistique', status: 'doing' }),
    row('b', {
      title: 'FAQ retours',
      impact: 4,
      effort: 1,
      cards: [{ id: 'c1', kind: 'irritant', text: 'Retour compliqué' }],
    }),
    row('c', { title: 'Chat en soirée', impact: 2, effort: 2, phases: ['SAV'], status: 'done' }),
  ];

  it('filters by text ignoring accents and case, and by status', () => {
    expect(filterPlanRows(rows, { query: 'DELAI', status: 'all' }).map((r) => r.actionId)).toEqual(['a']);
    expect(filterPlanRows(rows, { query: 'compliqué', status: 'all' }).map((r) => r.actionId)).toEqual(['b']);
    expect(filterPlanRows(rows, { query: 'sav', status: 'all' }).map((r) => r.actionId)).toEqual(['c']);
    expect(filterPlanRows(rows, { query: '', status: 'done' }).map((r) => r.actionId)).toEqual(['c']);
  });

  it('sorts by value (impact / effort), by impact, by title and by status', () => {
    expect(sortPlanRows(rows, { key: 'value', descending: true }).map((r) => r.actionId)).toEqual(['b', 'a', 'c']);
    expect(sortPlanRows(rows, { key: 'impact', descending: false }).map((r) => r.actionId)).toEqual(['c', 'b', 'a']);
    expect(sortPlanRows(rows, { key: 'title', descending: false }).map((r) => r.actionId)).toEqual(['c', 'b', 'a']);
    expect(sortPlanRows(rows, { key: 'status', descending: false }).map((r) => r.actionId)).toEqual(['b', 'a', 'c']);
  });

  it('sorts titles as people read them: numbers by value, "œ" with the o', () => {
    const titled = ['Zèbre', 'Étape 10', 'œuvre', 'étape 2'].map((title) => row(title, { title }));
    expect(sortPlanRows(titled, { key: 'title', descending: false }).map((r) => r.title)).toEqual([
      'étape 2',
      'Étape 10',
      'œuvre',
      'Zèbre',
    ]);
  });
});
