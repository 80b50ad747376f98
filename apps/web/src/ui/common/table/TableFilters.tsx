import type { ReactNode } from 'react';

/**
 * The bar above a table: a search box and one select (status, kind...) with its "all" choice first;
 * `children` follow (a count). The action plan and the card table use it with their own class.
 */
export function TableFilters<V extends string>(props: {
  className: string;
  searchLabel: string;
  query: string;
  onQuery: (query: string) => void;
  selectLabel: string;
  value: V | 'all';
  allLabel: string;
  options: readonly { readonly value: V; readonly label: string }[];
  onSelect: (value: V | 'all') => void;
  children?: ReactNode;
}) {
  return (
    <div className={props.className}>
      <input
        type="search"
        placeholder={props.searchLabel}
        aria-label={props.searchLabel}
        value={props.query}
        onChange={(e) => props.onQuery(e.target.value)}
      />
      <select
        aria-label={props.selectLabel}
        value={props.value}
        onChange={(e) => props.onSelect(e.target.value as V | 'all')}
      >
        <option value="all">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.children}
    </div>
  );
}
