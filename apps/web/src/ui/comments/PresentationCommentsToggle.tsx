import { useTranslation } from 'react-i18next';
import { useCommentStore } from './commentStore';

/** Presentation hides comment badges and the Comments panel; the facilitator may show them. */
export function PresentationCommentsToggle() {
  const { t } = useTranslation('comments');
  const shown = useCommentStore((s) => s.showInPresentation);
  const set = useCommentStore((s) => s.set);
  return (
    <button
      type="button"
      className="button ghost"
      aria-pressed={shown}
      onClick={() => set({ showInPresentation: !shown, ...(shown ? { panelOpen: false } : {}) })}
    >
      {shown ? t('hideInPresentation') : t('showInPresentation')}
    </button>
  );
}
