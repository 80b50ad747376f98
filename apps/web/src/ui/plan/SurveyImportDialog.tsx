import {
  applySurvey,
  type CsvTable,
  parseCsv,
  previewSurvey,
  SurveyApplyError,
  type SurveyMapping,
  type SurveyPreview,
} from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/formatNumber';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import { SurveyMappingForm } from './SurveyMappingForm';
import { guessMapping } from './surveyMapping';
import { surveyApplyText, surveyIssueText } from './surveyMessages';

/** Bigger files are refused before reading: survey exports are small, and the browser should not freeze. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Survey results (CSAT, NPS, CES) onto the journey's touchpoints: choose a CSV, check how its columns
 * map, see what matches and what does not, then apply all at once (or nothing on error).
 */
export function SurveyImportDialog(props: { onClose: () => void }) {
  const { t, i18n } = useTranslation('plan');
  const number = (n: number, digits = 1) => formatNumber(n, i18n.language, { digits });
  const doc = useBoardStore((s) => s.doc);
  const snapshot = useBoardStore((s) => s.snapshot);
  const journeyId = useBoardStore((s) => s.journeyId);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<SurveyMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ count: number; withComments: boolean } | null>(null);

  // A mapping the model refuses (e.g. one column used twice) is shown as an error, not thrown.
  const { preview, mappingError } = useMemo((): { preview: SurveyPreview | null; mappingError: string | null } => {
    if (!table || !mapping || !snapshot) return { preview: null, mappingError: null };
    try {
      return {
        preview: previewSurvey(snapshot, table, { ...mapping, ...(journeyId ? { journeyId } : {}) }),
        mappingError: null,
      };
    } catch {
      // The model's RangeError is for developers; the user gets a sentence in the UI language.
      return { preview: null, mappingError: t('survey.invalidMapping') };
    }
  }, [table, mapping, snapshot, journeyId, t]);

  const choose = async (file: File | undefined) => {
    setError(null);
    setDone(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(t('survey.tooBig', { size: Math.round(file.size / 1024 / 1024) }));
      return;
    }
    try {
      const parsed = parseCsv(new Uint8Array(await file.arrayBuffer()));
      if (parsed.rows.length < 2) {
        setTable(null);
        setError(t('survey.noRows'));
        return;
      }
      setTable(parsed);
      setMapping(guessMapping(parsed));
    } catch {
      setTable(null);
      setError(t('survey.unreadable'));
    }
  };

  const apply = () => {
    if (!doc || !preview) return;
    try {
      applySurvey(doc, preview);
      setDone({ count: preview.matches.length, withComments: preview.withComments });
    } catch (e) {
      if (e instanceof SurveyApplyError) setError(surveyApplyText(t, e.problems));
      else throw e;
    }
  };

  return (
    <Dialog title={t('survey.title')} onClose={props.onClose}>
      <div className="stack survey-import" data-testid="survey-import">
        <p className="muted">{t('survey.intro')}</p>
        <input
          type="file"
          accept=".csv,text/csv"
          aria-label={t('survey.file')}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        {(error ?? mappingError) && (
          <p className="error" role="alert">
            {error ?? mappingError}
          </p>
        )}
        {table && (
          <>
            <p className="muted">
              {t('survey.read', {
                rows: table.rows.length - 1,
                separator: table.separator === '\t' ? 'tab' : table.separator,
                encoding: table.encoding,
              })}
            </p>
            <SurveyMappingForm header={table.rows[0]?.cells ?? []} mapping={mapping} onChange={setMapping} />
          </>
        )}
        {preview && (
          <div className="survey-preview" data-testid="survey-preview">
            <p>
              <strong>
                {t('survey.matched', {
                  count: preview.matches.length,
                  rows: preview.matchedRowCount,
                  total: preview.rowCount,
                })}
              </strong>
            </p>
            {preview.matches.length > 0 && (
              <ul className="compact-list">
                {preview.matches.slice(0, 20).map((m) => (
                  <li key={m.cardId}>
                    {m.text || '…'} —{m.csat !== undefined && ` CSAT ${number(m.csat, 0)}`}
                    {m.nps !== undefined && ` NPS ${number(m.nps, 0)}`}
                    {m.ces !== undefined && ` CES ${number(m.ces)}`}
                    {preview.withComments &&
                      m.comments.length > 0 &&
                      ` · ${t('survey.comments', { count: m.comments.length })}`}
                  </li>
                ))}
              </ul>
            )}
            {preview.issues.length > 0 && (
              <>
                <p className="warning">{t('survey.issues', { count: preview.issues.length })}</p>
                <ul className="compact-list issues" data-testid="survey-issues">
                  {preview.issues.slice(0, 50).map((issue) => (
                    <li key={`${issue.line}-${issue.kind}-${issue.column ?? ''}`}>
                      {surveyIssueText(t, i18n.language, issue)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {done !== null && (
          <p className="success" role="status">
            {t(done.withComments ? 'survey.appliedWithComments' : 'survey.applied', { count: done.count })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={props.onClose}>
            {t('close')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!preview || preview.matches.length === 0 || done !== null}
            onClick={apply}
          >
            {t('survey.apply')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
