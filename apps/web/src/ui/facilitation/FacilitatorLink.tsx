import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { copyLink } from '../board/copyLink';
import { boardPath } from '../router';

/** The share dialog's third link, shown to the facilitator only: it runs the workshop, keep it private. */
export function FacilitatorLink() {
  const { t } = useTranslation();
  const boardId = useBoardStore((s) => s.boardId);
  const role = useBoardStore((s) => s.role);
  const token = useBoardStore((s) => s.tokens.current);
  if (role !== 'facilitator' || !boardId || !token) return null;
  const url = new URL(boardPath(boardId, token), window.location.origin).toString();
  return (
    <div className="field share-link share-facilitator">
      <span className="field-label">{t('facilitation.share.label')}</span>
      <p className="share-warning" role="note">
        ⚠ {t('facilitation.share.warning')}
      </p>
      <small className="muted">{t('facilitation.share.hint')}</small>
      <div className="row">
        <input
          readOnly
          value={url}
          aria-label={t('facilitation.share.label')}
          data-testid="share-facilitator"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button" onClick={() => void copyLink(url, t)}>
          {t('share.copy')}
        </button>
      </div>
    </div>
  );
}
