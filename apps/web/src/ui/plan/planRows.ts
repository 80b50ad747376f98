import type { ActionStatus, PlanRow } from '@parcours/journey';

export interface PlanSort {
  readonly key: 'title' | 'impact' | 'effort' | 'value' | 'owner' | 'due' | 'status';
  readonly descending: boolean;
}

const STATUS_ORDER: Record<ActionStatus, number> = { todo: 0, doing: 1, done: 2 };

/** Rows whose title, linked cards, owner, department, phase or channel contain the query (accents and case ignored). */
export function filterPlanRows(
  rows: readonly PlanRow[],
  filter: { query: string; status: ActionStatus | 'all' },
): PlanRow[] {
  const query = fold(filter.query.trim());
  return rows.filter((row) => {
    if (filter.status !== 'all' && row.status !== filter.status) return false;
    if (!query) return true;
    const haystack = [
      row.title,
      row.owner,
      ...row.cards.map((c) => c.text),
      ...row.departments,
      ...row.phases,
      ...row.channels,
    ];
    return haystack.some((text) => fold(text).includes(query));
  });
}

/** Sorted copy; "value" is impact / effort (the quick-win ranking); ties keep the plan's order. */
export function sortPlanRows(rows: readonly PlanRow[], sort: PlanSort): PlanRow[] {
  const key = (row: PlanRow): number | string => {
    switch (sort.key) {
      case 'value':
        return row.impact / row.effort;
      case 'status':
        return STATUS_ORDER[row.status];
      case 'impact':
      case 'effort':
        return row[sort.key];
      default:
        return fold(row[sort.key]);
    }
  };
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, k: key(row) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.index - b.index))
    .map((x) => x.row);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
