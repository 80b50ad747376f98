/**
 * Sorting and searching of the app's tables (the action plan, the card table): one comparison of
 * texts (Intl.Collator: accents and case ignored, numbers by value, "œ" beside "o"), one rule for
 * empty values, one search that ignores accents and case.
 */

export interface TableSort<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

/** What a row sorts on in a column; null is an empty value. */
export type SortValue = number | string | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorted copy. Empty values (null) go last in both directions, so the filled ones are what one sees
 * first; ties keep the rows' order.
 */
export function sortRows<R>(rows: readonly R[], sortValue: (row: R) => SortValue, descending: boolean): R[] {
  const sign = descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((x) => x.row);
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The sort after a click on `key`'s header: the other direction, or `descendingFirst` for a new column. */
export function nextSort<K extends string>(current: TableSort<K>, key: K, descendingFirst: boolean): TableSort<K> {
  return { key, descending: current.key === key ? !current.descending : descendingFirst };
}

/** Whether any of the texts contains the query, accents and case ignored (an empty query matches). */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const folded = fold(query.trim());
  return !folded || texts.some((text) => fold(text).includes(folded));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
