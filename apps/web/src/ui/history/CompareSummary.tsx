import { useTranslation } from 'react-i18next';
import { useCompareDiff } from './highlights';
import { useHistoryStore } from './historyStore';
import { useCanManageVersions } from './rights';
import { summaryPhrases } from './summaryText';
import { formatWhen } from './when';

/** What changed since the compared version, in journey terms, with a way back for deleted phases. */
export function CompareSummary() {
  const { t, i18n } = useTranslation('history');
  const compare = useHistoryStore((s) => s.compare);
  const setRestoring = useHistoryStore((s) => s.setRestoring);
  const setCompare = useHistoryStore((s) => s.setCompare);
  const manage = useCanManageVersions();
  const diff = useCompareDiff();
  if (!compare || !diff) return null;
  const phrases = summaryPhrases(diff.summary, t, i18n.language);
  return (
    <section className="history-compare" aria-label={t('actions.compare')} data-testid="history-compare">
      <h3>{t('diff.since', { date: formatWhen(compare.version.createdAt, i18n.language) })}</h3>
      {phrases.length === 0 ? (
        <p>{t('diff.none')}</p>
      ) : (
        <ul>
          {phrases.map((phrase) => (
            <li key={phrase}>{phrase}</li>
          ))}
        </ul>
      )}
      {manage &&
        diff.summary.phasesRemoved.map((phase) => (
          <button
            key={phase.phaseId}
            type="button"
            className="button"
            onClick={() => setRestoring({ version: compare.version, phaseId: phase.phaseId })}
          >
            {t('diff.restorePhase', { name: phase.name })}
          </button>
        ))}
      <p className="history-note">{t('diff.legend')}</p>
      <button type="button" className="button ghost" onClick={() => setCompare(null)}>
        {t('actions.stopCompare')}
      </button>
    </section>
  );
}
