import type { ActionStatus, PlanRow } from '@parcours/journey';
import { matchesQuery, type SortValue, sortRows, type TableSort } from '../common/table/sortRows';

export type PlanSort = TableSort<'title' | 'impact' | 'effort' | 'value' | 'owner' | 'due' | 'status'>;

const STATUS_ORDER: Record<ActionStatus, number> = { todo: 0, doing: 1, done: 2 };

/** Rows whose title, linked cards, owner, department, phase or channel contain the query (accents and case ignored). */
export function filterPlanRows(
  rows: readonly PlanRow[],
  filter: { query: string; status: ActionStatus | 'all' },
): PlanRow[] {
  return rows.filter((row) => {
    if (filter.status !== 'all' && row.status !== filter.status) return false;
    const haystack = [
      row.title,
      row.owner,
      ...row.cards.map((c) => c.text),
      ...row.departments,
      ...row.phases,
      ...row.channels,
    ];
    return matchesQuery(haystack, filter.query);
  });
}

/** Sorted copy; "value" is impact / effort (the quick-win ranking); ties keep the plan's order. */
export function sortPlanRows(rows: readonly PlanRow[], sort: PlanSort): PlanRow[] {
  const value = (row: PlanRow): SortValue => {
    switch (sort.key) {
      case 'value':
        return row.impact / row.effort;
      case 'status':
        return STATUS_ORDER[row.status];
      default:
        return row[sort.key];
    }
  };
  return sortRows(rows, value, sort.descending);
}
