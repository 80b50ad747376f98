import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { usePlanStore } from './planStore';

/** Top-bar entry to the action plan, with how many actions the current journey has. */
export function PlanButton() {
  const { t } = useTranslation('plan');
  const open = usePlanStore((s) => s.open);
  const setOpen = usePlanStore((s) => s.setOpen);
  const count = useBoardStore((s) => s.view?.actions.length ?? 0);
  return (
    <button
      type="button"
      className={`button ghost ${open ? 'pressed' : ''}`}
      aria-pressed={open}
      onClick={() => setOpen(!open)}
      data-testid="plan-button"
    >
      {t('button')}
      {count > 0 && <span className="count-badge">{count}</span>}
    </button>
  );
}
