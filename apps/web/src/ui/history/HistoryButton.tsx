import { useTranslation } from 'react-i18next';
import { useHistoryStore } from './historyStore';

/** Opens and closes the History panel (an item of the File menu, or of the "More" menu when File is folded in it). */
export function HistoryButton({
  className = 'button ghost',
  role,
  onClick,
}: {
  className?: string;
  role?: 'menuitem';
  onClick?: () => void;
}) {
  const { t } = useTranslation('history');
  const open = useHistoryStore((s) => s.open);
  const setOpen = useHistoryStore((s) => s.setOpen);
  return (
    <button
      type="button"
      className={`${className} ${open ? 'pressed' : ''}`}
      aria-pressed={role ? undefined : open}
      role={role}
      onClick={() => {
        setOpen(!open);
        onClick?.();
      }}
      data-testid="history-button"
    >
      {t('button')}
    </button>
  );
}
