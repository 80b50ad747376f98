import { type ActionStatus, type PlanRow, removeAction, updateAction } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Choice } from '../common/Choice';
import { DebouncedText } from '../common/DebouncedText';
import { SortHeader } from '../common/table/SortHeader';
import { TableFilters } from '../common/table/TableFilters';
import { type TableSpec, useTableControls } from '../common/table/useTableControls';
import { filterPlanRows, type PlanSort, sortPlanRows } from './planRows';

const STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done'];
const SCORES = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));

const PLAN_TABLE: TableSpec<PlanRow, PlanSort['key'], ActionStatus> = {
  initialSort: { key: 'value', descending: true },
  // Scores and dates read best largest first; the title alphabetically.
  descendingFirst: (key) => key !== 'title',
  filter: (rows, query, status) => filterPlanRows(rows, { query, status }),
  sort: sortPlanRows,
};

/** The plan as a table: sort by any column, filter by text or status, edit in place. */
export function PlanTable(props: { rows: readonly PlanRow[]; editable: boolean }) {
  const { t } = useTranslation('plan');
  const doc = useBoardStore((s) => s.doc);
  const table = useTableControls(props.rows, PLAN_TABLE);
  const header = (key: PlanSort['key'], label: string) => (
    <SortHeader column={key} sort={table.sort} label={label} onSort={table.onSort} />
  );
  const set = (actionId: string, patch: Omit<Parameters<typeof updateAction>[1], 'actionId'>) => {
    if (doc && props.editable) updateAction(doc, { actionId, ...patch });
  };
  return (
    <div className="plan-table-wrap">
      <TableFilters
        className="plan-filters"
        searchLabel={t('filter')}
        selectLabel={t('columns.status')}
        allLabel={t('allStatuses')}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        {...table.filters}
      />
      <table className="plan-table" data-testid="plan-table">
        <thead>
          <tr>
            {header('title', t('columns.title'))}
            <th className="col-cards">{t('columns.cards')}</th>
            <th className="col-where">{t('columns.where')}</th>
            <th className="col-department">{t('columns.department')}</th>
            {header('impact', t('impact'))}
            {header('effort', t('effort'))}
            {header('value', t('columns.value'))}
            {header('owner', t('columns.owner'))}
            {header('due', t('columns.due'))}
            {header('status', t('columns.status'))}
            <th className="col-remove" aria-label={t('columns.actions')} />
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.actionId} className={row.quadrant === 'quick-win' ? 'quick-win' : ''}>
              <td className="col-title">
                {/* Two lines: an action's title is the plan's main text and reads whole, not cut at 30 characters. */}
                <DebouncedText
                  multiline
                  rows={2}
                  value={row.title}
                  label={t('columns.title')}
                  readOnly={!props.editable}
                  onCommit={(title) => set(row.actionId, { title })}
                />
              </td>
              <td className="col-cards muted">{row.cards.map((c) => c.text || '…').join(' · ')}</td>
              <td className="col-where muted">{[...row.phases, ...row.channels].join(' · ')}</td>
              <td className="col-department muted">{row.departments.join(', ')}</td>
              <td className="col-impact">
                <Choice
                  options={SCORES}
                  label={t('impact')}
                  value={row.impact}
                  disabled={!props.editable}
                  onChange={(impact) => set(row.actionId, { impact })}
                />
              </td>
              <td className="col-effort">
                <Choice
                  options={SCORES}
                  label={t('effort')}
                  value={row.effort}
                  disabled={!props.editable}
                  onChange={(effort) => set(row.actionId, { effort })}
                />
              </td>
              <td className="col-value">{t(`quadrant.${row.quadrant}`)}</td>
              <td className="col-owner">
                <DebouncedText
                  value={row.owner}
                  label={t('columns.owner')}
                  readOnly={!props.editable}
                  onCommit={(owner) => set(row.actionId, { owner: owner || null })}
                />
              </td>
              <td className="col-due">
                <input
                  type="date"
                  aria-label={t('columns.due')}
                  value={row.due}
                  disabled={!props.editable}
                  onChange={(e) => set(row.actionId, { due: e.target.value || null })}
                />
              </td>
              <td className="col-status">
                <Choice
                  label={t('columns.status')}
                  value={row.status}
                  disabled={!props.editable}
                  options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                  onChange={(status) => set(row.actionId, { status })}
                />
              </td>
              <td className="col-remove">
                {props.editable && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('remove')}
                    title={t('remove')}
                    onClick={() => doc && removeAction(doc, { actionId: row.actionId })}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
