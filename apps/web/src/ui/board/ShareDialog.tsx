import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Dialog } from '../common/Dialog';
import { FacilitatorLink } from '../facilitation/FacilitatorLink';
import { JoinByPhone } from '../room/JoinByPhone';
import { boardPath } from '../router';
import { copyLink } from './copyLink';

function absolute(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/**
 * The edit and view links, each from its own token (the creator's device and a facilitator's know
 * both, an editor the view one: see the server's /access), never from the token in the address bar,
 * which may be the facilitator's. The facilitator link comes last, to the facilitator only.
 */
export function ShareDialog() {
  const { t } = useTranslation();
  const boardId = useBoardStore((s) => s.boardId);
  const tokens = useBoardStore((s) => s.tokens);
  const role = useBoardStore((s) => s.role);
  const setDialog = useBoardStore((s) => s.setDialog);
  // Until the server answers, a facilitator (or editor) on another device does not know the links yet.
  const pending = useBoardStore((s) => s.connection !== 'connected');
  if (!boardId) return null;
  const editToken = tokens.edit ?? (role === 'edit' ? tokens.current : null);
  const viewToken = tokens.view ?? (role === 'view' ? tokens.current : null);
  const commentToken = tokens.comment ?? (role === 'comment' ? tokens.current : null);
  const links = [
    { kind: 'edit' as const, token: editToken },
    { kind: 'comment' as const, token: commentToken },
    { kind: 'view' as const, token: viewToken },
  ];
  // The comment link lives in its own namespace (ui/comments); boards from before it have none.
  const label = (kind: 'edit' | 'view' | 'comment') =>
    kind === 'comment' ? t('comments:shareLabel') : t(`share.${kind}Label`);
  const missing = (kind: 'edit' | 'view' | 'comment') =>
    pending ? t('share.pending') : kind === 'comment' && editToken ? t('comments:shareOld') : t('share.unknown');
  return (
    <Dialog title={t('share.title')} onClose={() => setDialog(null)}>
      <div className="stack">
        {links.map(({ kind, token }) => (
          <div key={kind} className="field share-link">
            <span className="field-label">{label(kind)}</span>
            <small className="muted">{kind === 'comment' ? t('comments:shareHint') : t(`share.${kind}Hint`)}</small>
            {token ? (
              <div className="row">
                <input
                  readOnly
                  value={absolute(boardPath(boardId, token))}
                  aria-label={label(kind)}
                  data-testid={`share-${kind}`}
                  onFocus={(e) => e.target.select()}
                />
                <button
                  type="button"
                  className="button"
                  onClick={() => void copyLink(absolute(boardPath(boardId, token)), t)}
                >
                  {t('share.copy')}
                </button>
              </div>
            ) : (
              <p className="muted">{missing(kind)}</p>
            )}
          </div>
        ))}
        <JoinByPhone />
        <FacilitatorLink />
      </div>
    </Dialog>
  );
}
