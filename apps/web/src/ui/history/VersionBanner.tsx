import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { useHistoryStore } from './historyStore';
import { useCanManageVersions } from './rights';
import { exportVersion } from './versionActions';
import { formatWhen } from './when';

/** Over the canvas while a saved version is previewed: which one, read only, and what to do with it. */
export function VersionBanner() {
  const { t, i18n } = useTranslation('history');
  const preview = useBoardStore((s) => s.preview);
  const closeVersion = useBoardStore((s) => s.closeVersion);
  const setRestoring = useHistoryStore((s) => s.setRestoring);
  const manage = useCanManageVersions();
  const selection = useBoardStore((s) => s.selection);
  if (!preview) return null;
  const date = formatWhen(preview.createdAt, i18n.language);
  const version = { id: preview.versionId, createdAt: preview.createdAt, name: preview.name };
  return (
    <div className="version-banner" role="status" data-testid="version-banner">
      <strong>{preview.name ? t('banner.named', { name: preview.name, date }) : t('banner.title', { date })}</strong>
      <span className="version-banner-actions">
        <button
          type="button"
          className="button ghost"
          title={t('actions.exportPng')}
          aria-label={t('actions.exportPng')}
          onClick={() => void exportVersion(version, 'png', t('errors.export'))}
        >
          {t('banner.png')}
        </button>
        <button
          type="button"
          className="button ghost"
          title={t('actions.exportJson')}
          aria-label={t('actions.exportJson')}
          onClick={() => void exportVersion(version, 'json', t('errors.export'))}
        >
          {t('banner.json')}
        </button>
        {manage && selection.size > 0 && (
          <button type="button" className="button" onClick={() => setRestoring({ version, cardIds: [...selection] })}>
            {t('banner.restoreSelected', { count: selection.size })}
          </button>
        )}
        {manage && (
          <button type="button" className="button" onClick={() => setRestoring({ version })}>
            {t('banner.restore')}
          </button>
        )}
        <button type="button" className="button primary" onClick={closeVersion}>
          {t('banner.back')}
        </button>
      </span>
    </div>
  );
}
