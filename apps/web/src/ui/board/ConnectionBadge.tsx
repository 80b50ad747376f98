import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';

/** Always visible: whether edits reach the others, and how many wait on this device. */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const connection = useBoardStore((s) => s.connection);
  const unsynced = useBoardStore((s) => s.unsynced);
  return (
    <output
      className={`connection connection-${connection}`}
      data-testid="connection"
      data-unsynced={unsynced}
      title={t(`connection.${connection}`)}
    >
      <span className="dot" aria-hidden="true" />
      <span className="connection-label">{t(`connection.${connection}`)}</span>
      {unsynced > 0 && <span className="unsynced">{t('connection.unsynced', { count: unsynced })}</span>}
    </output>
  );
}
