import { useTranslation } from 'react-i18next';
import './views.css';
import { useViewStore, VIEW_KINDS } from './viewStore';

/** Map / Table / Linear / Compare: the same journey, looked at another way. */
export function ViewSwitcher() {
  const { t } = useTranslation('views');
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <fieldset className="view-switcher" data-testid="view-switcher">
      <legend className="visually-hidden">{t('switcher')}</legend>
      {VIEW_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`view-switcher-button ${view === kind ? 'active' : ''}`}
          aria-pressed={view === kind}
          data-view={kind}
          onClick={() => setView(kind)}
        >
          {t(`kinds.${kind}`)}
        </button>
      ))}
    </fieldset>
  );
}
