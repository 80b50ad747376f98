import { createActionFromCards, type Locale, toPlanCsv, toPlanRows } from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { downloadBlob, fileNameOf } from '../common/download';
import { FromSelectionChoice } from './FromSelectionChoice';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { PlanTable } from './PlanTable';
import { usePlanStore } from './planStore';
import { QuickWins } from './QuickWins';
import { SurveyImportDialog } from './SurveyImportDialog';
import './plan.css';

/**
 * The action plan of the current journey: irritants turned into actions, placed on an impact x
 * effort matrix (quick wins first) or edited as a table, and exported as CSV for the team's tools.
 */
export function PlanView() {
  const { t } = useTranslation('plan');
  const open = usePlanStore((s) => s.open);
  const tab = usePlanStore((s) => s.tab);
  const setTab = usePlanStore((s) => s.setTab);
  const setOpen = usePlanStore((s) => s.setOpen);
  const surveyOpen = usePlanStore((s) => s.surveyOpen);
  const setSurveyOpen = usePlanStore((s) => s.setSurveyOpen);
  const doc = useBoardStore((s) => s.doc);
  const snapshot = useBoardStore((s) => s.snapshot);
  const journeyId = useBoardStore((s) => s.journeyId);
  const selection = useBoardStore((s) => s.selection);
  const editable = useBoardStore((s) => canEdit(s.role));
  const [separator, setSeparator] = useState<',' | ';'>(';');
  const [choosing, setChoosing] = useState(false);
  const rows = useMemo(() => (snapshot && journeyId ? toPlanRows(snapshot, journeyId) : []), [snapshot, journeyId]);
  if (!open || !snapshot || !journeyId)
    return surveyOpen ? <SurveyImportDialog onClose={() => setSurveyOpen(false)} /> : null;

  const selectedCards = [...selection].filter((id) => snapshot.cards[id]?.journeyId === journeyId);
  const createFromSelection = () => {
    // Several cards: ask whether they make one action (with a title to type) or one each.
    if (selectedCards.length > 1) setChoosing(true);
    else if (doc) createActionFromCards(doc, { journeyId, cardIds: selectedCards });
  };
  const createEmpty = () => {
    if (doc) createActionFromCards(doc, { journeyId, cardIds: [], title: t('newAction') });
  };
  const exportCsv = () => {
    const locale: Locale = snapshot.board.locale;
    const csv = toPlanCsv(rows, { locale, separator, bom: true });
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      fileNameOf(`${snapshot.board.title} - ${t('fileSuffix')}`, 'csv'),
    );
  };

  return (
    <section className="plan-view" aria-label={t('title')} data-testid="plan-view">
      <header className="plan-header">
        <h2>{t('title')}</h2>
        <div className="segmented" role="tablist">
          {(['matrix', 'table'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={tab === name ? 'selected' : ''}
              onClick={() => setTab(name)}
            >
              {t(`tabs.${name}`)}
            </button>
          ))}
        </div>
        <div className="plan-actions">
          {editable && (
            <>
              <button
                type="button"
                className="button"
                onClick={createFromSelection}
                disabled={selectedCards.length === 0}
                title={t('fromSelectionHint')}
              >
                {t('fromSelection', { count: selectedCards.length })}
              </button>
              <button type="button" className="button ghost" onClick={createEmpty}>
                {t('add')}
              </button>
              <button type="button" className="button ghost" onClick={() => setSurveyOpen(true)}>
                {t('survey.open')}
              </button>
            </>
          )}
          <label className="inline-field">
            <span>{t('separator')}</span>
            <select
              value={separator}
              onChange={(e) => setSeparator(e.target.value as ',' | ';')}
              aria-label={t('separator')}
            >
              <option value=";">{t('separatorSemicolon')}</option>
              <option value=",">{t('separatorComma')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button primary"
            onClick={exportCsv}
            disabled={rows.length === 0}
            data-testid="plan-export-csv"
          >
            {t('exportCsv')}
          </button>
          <button type="button" className="icon-button" aria-label={t('close')} onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
      </header>
      {choosing && selectedCards.length > 1 && (
        <FromSelectionChoice journeyId={journeyId} cardIds={selectedCards} onDone={() => setChoosing(false)} />
      )}
      <div className="plan-body">
        {rows.length === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : tab === 'matrix' ? (
          <div className="plan-matrix-layout">
            <ImpactEffortMatrix rows={rows} editable={editable} />
            <QuickWins />
          </div>
        ) : (
          <PlanTable rows={rows} editable={editable} />
        )}
      </div>
      {surveyOpen && <SurveyImportDialog onClose={() => setSurveyOpen(false)} />}
    </section>
  );
}
