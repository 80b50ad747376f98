import { CARD_KINDS, CARD_TEXT_FIELDS, type CardKind, laneGroups } from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { useThreadsByCard } from '../comments/useThreads';
import { SortHeader } from '../common/table/SortHeader';
import { TableFilters } from '../common/table/TableFilters';
import { type TableSpec, useTableControls } from '../common/table/useTableControls';
import { TableRow } from './TableRow';
import { type CardRow, filterCardRows, sortCardRows, type TableColumn, toCardRows } from './tableRows';
import '../plan/feedback.css';
import './views.css';

// Scores, counts and flags read best largest first; texts and positions in reading order.
const SCORE_COLUMNS = ['emotion', 'keyMoment', 'votes', 'csat', 'nps', 'ces', 'feedback', 'severity'] as const;
const DESCENDING_FIRST: ReadonlySet<TableColumn> = new Set(SCORE_COLUMNS);

/** The columns in the order of TableRow's cells (the card's text fields in the model's order). */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  'kind',
  'text',
  'phase',
  'channel',
  'lane',
  ...CARD_TEXT_FIELDS,
  ...SCORE_COLUMNS,
];

const CARD_TABLE: TableSpec<CardRow, TableColumn, CardKind> = {
  initialSort: { key: 'phase', descending: false },
  descendingFirst: (key) => DESCENDING_FIRST.has(key),
  filter: (rows, query, kind) => filterCardRows(rows, { query, kind }),
  sort: sortCardRows,
};

/** Every card of the current journey as a row: sort by any column, filter, edit in place. */
export function TableView() {
  const { t } = useTranslation('views');
  const view = useBoardStore((s) => s.view);
  const editable = useBoardStore((s) => canEdit(s.role));
  const facilitator = useBoardStore((s) => s.role === 'facilitator');
  const all = useMemo(() => (view ? toCardRows(view) : []), [view]);
  const table = useTableControls(all, CARD_TABLE);
  const { rows } = table;
  // The lane column only for a service blueprint (a journey where some channel has a lane).
  const blueprint = useMemo(() => (view ? laneGroups(view.channels).groups.length > 0 : false), [view]);
  const comments = useThreadsByCard();
  if (!view) return null;
  const columns = blueprint ? TABLE_COLUMNS : TABLE_COLUMNS.filter((c) => c !== 'lane');

  return (
    <div className="views-table-wrap">
      <TableFilters
        className="views-filters"
        searchLabel={t('table.filter')}
        selectLabel={t('table.columns.kind')}
        allLabel={t('table.allKinds')}
        options={CARD_KINDS.map((k) => ({ value: k, label: t(`translation:kinds.${k}`) }))}
        {...table.filters}
      >
        <span className="muted views-count">{t('table.count', { count: rows.length })}</span>
      </TableFilters>
      <table className="views-table" data-testid="views-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <SortHeader
                key={key}
                column={key}
                sort={table.sort}
                label={t(`table.columns.${key}`)}
                onSort={table.onSort}
              />
            ))}
            <th className="col-comments">{t('comments:column')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TableRow
              key={row.card.id}
              row={row}
              phases={view.phases}
              channels={view.channels}
              editable={editable}
              facilitator={facilitator}
              showLane={blueprint}
              comments={comments.get(row.card.id)}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-state">{t('table.empty')}</p>}
    </div>
  );
}
