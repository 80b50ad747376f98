import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { CompareView } from './CompareView';
import { LinearView } from './LinearView';
import { TableView } from './TableView';
import './views.css';
import { useViewStore } from './viewStore';

/**
 * Covers the canvas with the chosen HTML view; renders nothing for the map, so the canvas (mounted
 * underneath and never unmounted) keeps its zoom and scroll when one comes back to it.
 */
export function ViewHost() {
  const { t } = useTranslation('views');
  const kind = useViewStore((s) => s.view);
  const hasView = useBoardStore((s) => s.view !== null);
  if (kind === 'map') return null;
  return (
    <section className="view-host" data-testid="view-host" data-view={kind} aria-label={t(`kinds.${kind}`)}>
      {!hasView ? (
        <p className="empty-state">{t('noJourney')}</p>
      ) : kind === 'table' ? (
        <TableView />
      ) : kind === 'linear' ? (
        <LinearView />
      ) : (
        <CompareView />
      )}
    </section>
  );
}
