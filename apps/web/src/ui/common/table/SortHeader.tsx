import type { TableSort } from './sortRows';

/** A column header that sorts the table: says its direction to assistive technology and with an arrow. */
export function SortHeader<K extends string>(props: {
  column: K;
  sort: TableSort<K>;
  label: string;
  onSort: (key: K) => void;
}) {
  const { column, sort } = props;
  const active = sort.key === column;
  return (
    <th className={`col-${column}`} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="th-button" onClick={() => props.onSort(column)}>
        {props.label}
        {active ? (sort.descending ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}
