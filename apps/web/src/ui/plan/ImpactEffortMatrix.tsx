import { type PlanRow, quadrantOf, updateAction } from '@parcours/journey';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';

const LEVELS = [1, 2, 3, 4, 5] as const;
const DRAG_TYPE = 'application/x-parcours-action';

/**
 * Impact (up) x effort (right), 1 to 5 each. Drag an action to a cell, or focus it and use the arrow
 * keys, to set both at once; the quick-win corner (impact >= 4, effort <= 2) is highlighted.
 */
export function ImpactEffortMatrix(props: { rows: readonly PlanRow[]; editable: boolean }) {
  const { t } = useTranslation('plan');
  const doc = useBoardStore((s) => s.doc);
  // A chip moved with the keyboard is rendered anew in its new cell: give it the focus back there.
  const refocus = useRef<string | null>(null);
  const place = (actionId: string, impact: number, effort: number) => {
    if (doc && props.editable) updateAction(doc, { actionId, impact, effort });
  };
  const onKey = (row: PlanRow, event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const impact = Math.min(5, Math.max(1, row.impact + move[0]));
    const effort = Math.min(5, Math.max(1, row.effort + move[1]));
    refocus.current = row.actionId;
    place(row.actionId, impact, effort);
  };
  return (
    <div className="matrix" data-testid="plan-matrix">
      <div className="matrix-axis-y">{t('impact')} ↑</div>
      <section className="matrix-grid" aria-label={t('matrixLabel')}>
        {[...LEVELS].reverse().map((impact) =>
          LEVELS.map((effort) => {
            const here = props.rows.filter((r) => r.impact === impact && r.effort === effort);
            const quick = quadrantOf({ impact, effort }) === 'quick-win';
            return (
              <div
                key={`${impact}-${effort}`}
                title={t('cellLabel', { impact, effort })}
                className={`matrix-cell ${quick ? 'quick-win' : ''}`}
                data-impact={impact}
                data-effort={effort}
                onDragOver={(e) => {
                  if (props.editable && e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
                }}
                onDrop={(e) => {
                  const id = e.dataTransfer.getData(DRAG_TYPE);
                  if (id) place(id, impact, effort);
                }}
              >
                {here.map((row) => (
                  <button
                    key={row.actionId}
                    type="button"
                    className={`action-chip status-${row.status}`}
                    draggable={props.editable}
                    onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, row.actionId)}
                    onKeyDown={(e) => onKey(row, e)}
                    title={t('chipHint', { impact: row.impact, effort: row.effort })}
                    data-testid="action-chip"
                    ref={(el) => {
                      if (el && refocus.current === row.actionId) {
                        refocus.current = null;
                        el.focus();
                      }
                    }}
                  >
                    {row.title || t('untitled')}
                  </button>
                ))}
              </div>
            );
          }),
        )}
      </section>
      <div className="matrix-axis-x">{t('effort')} →</div>
      <p className="matrix-legend">
        <span className="legend-swatch quick-win" /> {t('quickWins.legend')}
      </p>
    </div>
  );
}
