import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';

/** Top-bar (or "More" menu) entry to the service-blueprint panel. */
export function BlueprintButton() {
  const { t } = useTranslation('blueprint');
  const open = useBoardStore((s) => s.panel === 'blueprint');
  const setPanel = useBoardStore((s) => s.setPanel);
  return (
    <button
      type="button"
      className={`button ghost ${open ? 'pressed' : ''}`}
      aria-pressed={open}
      onClick={() => setPanel(open ? null : 'blueprint')}
    >
      {t('button')}
    </button>
  );
}

/** The journey menu's entry to the service-blueprint panel (lanes belong to a journey's channels). */
export function BlueprintMenuItem({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('blueprint');
  const setPanel = useBoardStore((s) => s.setPanel);
  return (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        setPanel('blueprint');
        onDone();
      }}
    >
      {t('menuItem')}
    </button>
  );
}
