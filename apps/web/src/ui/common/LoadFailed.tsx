import { useTranslation } from 'react-i18next';

/** A chunk of the app could not be fetched (offline, or the server now runs a newer build). */
export function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="canvas-placeholder" role="alert">
      <p>{t('board.loadFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('board.reload')}
      </button>
    </div>
  );
}
