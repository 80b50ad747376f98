import { useTranslation } from 'react-i18next';
import { useHistoryStore } from './historyStore';

/** Opens and closes the History panel (top bar, or its "More" menu). */
export function HistoryButton({ className = 'button ghost' }: { className?: string }) {
  const { t } = useTranslation('history');
  const open = useHistoryStore((s) => s.open);
  const setOpen = useHistoryStore((s) => s.setOpen);
  return (
    <button
      type="button"
      className={`${className} ${open ? 'pressed' : ''}`}
      aria-pressed={open}
      onClick={() => setOpen(!open)}
      data-testid="history-button"
    >
      {t('button')}
    </button>
  );
}
