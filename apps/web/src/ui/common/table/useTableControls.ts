import { useMemo, useState } from 'react';
import { nextSort, type TableSort } from './sortRows';

/** What makes a table sortable and filterable: a module-level constant, so the rows are recomputed only when needed. */
export interface TableSpec<R, K extends string, V extends string> {
  readonly initialSort: TableSort<K>;
  /** Whether a column sorts largest first on its first click (scores, counts) or in reading order (texts). */
  readonly descendingFirst: (key: K) => boolean;
  /** The rows matching the search box and the select (`'all'`: every value). */
  readonly filter: (rows: readonly R[], query: string, value: V | 'all') => R[];
  readonly sort: (rows: readonly R[], sort: TableSort<K>) => R[];
}

export interface TableControls<R, K extends string, V extends string> {
  /** The rows shown: filtered, then sorted. */
  readonly rows: R[];
  readonly sort: TableSort<K>;
  /** A click on a column's header (SortHeader). */
  readonly onSort: (key: K) => void;
  /** The search box and the select of TableFilters. */
  readonly filters: {
    readonly query: string;
    readonly onQuery: (query: string) => void;
    readonly value: V | 'all';
    readonly onSelect: (value: V | 'all') => void;
  };
}

/** The state of a sortable, filterable table (the action plan, the card table): its sort, its filters, its rows. */
export function useTableControls<R, K extends string, V extends string>(
  all: readonly R[],
  spec: TableSpec<R, K, V>,
): TableControls<R, K, V> {
  const [sort, setSort] = useState<TableSort<K>>(spec.initialSort);
  const [query, setQuery] = useState('');
  const [value, setValue] = useState<V | 'all'>('all');
  const rows = useMemo(() => spec.sort(spec.filter(all, query, value), sort), [all, query, value, sort, spec]);
  return {
    rows,
    sort,
    onSort: (key) => setSort(nextSort(sort, key, spec.descendingFirst(key))),
    filters: { query, onQuery: setQuery, value, onSelect: setValue },
  };
}
