import { quickWins } from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';

/** The model's quick-win ranking (impact >= 4, effort <= 2, best impact/effort first). */
export function QuickWins() {
  const { t } = useTranslation('plan');
  const actions = useBoardStore((s) => s.view?.actions);
  const ranked = useMemo(() => quickWins(actions ?? []), [actions]);
  return (
    <aside className="quick-wins" aria-label={t('quickWins.title')} data-testid="quick-wins">
      <h3>{t('quickWins.title')}</h3>
      {ranked.length === 0 ? (
        <p className="muted">{t('quickWins.none')}</p>
      ) : (
        <ol>
          {ranked.map((action) => (
            <li key={action.id}>
              <strong>{action.title || t('untitled')}</strong>
              <span className="muted"> {t('impactEffort', { impact: action.impact, effort: action.effort })}</span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
