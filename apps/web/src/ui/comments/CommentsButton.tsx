import { unreadFor } from '@parcours/journey';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './comments.css';
import { useBoardStore } from '../../store/boardStore';
import { toastInfo } from '../../store/toastStore';
import { useFacilitationStore } from '../facilitation/facilitationStore';
import { useCommentStore } from './commentStore';
import { lastSeen, markSeen } from './lastSeen';
import { rememberPeople } from './people';
import { useThreads } from './useThreads';

/**
 * The top bar's Comments button: open threads, and the mentions of this participant that are new
 * since their last visit ("2 nouvelles mentions", said once when the board opens). Opening the
 * panel marks everything seen for the next visit; this visit keeps its unread markers.
 */
export function CommentsButton() {
  const { t } = useTranslation('comments');
  const boardId = useBoardStore((s) => s.boardId);
  const me = useBoardStore((s) => s.participant?.id ?? null);
  const synced = useBoardStore((s) => s.connection === 'connected' && s.snapshot !== null);
  const open = useCommentStore((s) => s.panelOpen);
  const since = useCommentStore((s) => s.seenBefore);
  const set = useCommentStore((s) => s.set);
  const threads = useThreads();
  const presenting = useFacilitationStore((s) => s.presenting);
  const shownInPresentation = useCommentStore((s) => s.showInPresentation);
  const openCount = threads.filter((th) => !th.resolved).length;
  const unread = me !== null && since !== null ? unreadFor(threads, me, since) : null;
  const told = useRef(false);

  useEffect(() => {
    if (!boardId || !me) return;
    set({ seenBefore: lastSeen(boardId, me) });
    told.current = false;
    return () => useCommentStore.getState().reset();
  }, [boardId, me, set]);

  // People here now are remembered on this device: they can be mentioned after they leave.
  const peers = useBoardStore((s) => s.peers);
  useEffect(() => {
    if (boardId)
      rememberPeople(
        boardId,
        peers.map((p) => ({ id: p.user.id, name: p.user.name })),
      );
  }, [boardId, peers]);

  useEffect(() => {
    if (!synced || told.current || !unread) return;
    told.current = true;
    if (unread.mentions > 0) toastInfo(t('newMentions', { count: unread.mentions }));
  }, [synced, unread, t]);

  // Opened: seen for the next visit. Closed again: this visit's markers go too.
  const openedAt = useRef<number | null>(null);
  useEffect(() => {
    if (!boardId || !me) return;
    if (open) {
      openedAt.current = Date.now();
      markSeen(boardId, me, openedAt.current);
    } else if (openedAt.current !== null) {
      set({ seenBefore: openedAt.current });
      openedAt.current = null;
    }
  }, [open, boardId, me, set]);

  // Presentation hides comments unless the facilitator shows them.
  if (presenting && !shownInPresentation) return null;
  // Floats at the top right of the board (the top bar is full on a laptop), over every view.
  const label = openCount > 0 ? t('buttonCount', { count: openCount }) : t('button');
  const mentionsLabel = unread && unread.mentions > 0 ? t('newMentions', { count: unread.mentions }) : null;
  return (
    <button
      type="button"
      className={`button comments-button ${open ? 'active' : ''}`}
      aria-pressed={open}
      aria-label={mentionsLabel ? `${label}, ${mentionsLabel}` : label}
      title={mentionsLabel ? `${label}, ${mentionsLabel}` : label}
      onClick={() => set({ panelOpen: !open })}
      data-testid="comments-button"
    >
      <span aria-hidden="true">💬 {t('button')}</span>
      {openCount > 0 && (
        <span className="comment-count-badge" aria-hidden="true">
          {openCount}
        </span>
      )}
      {mentionsLabel && (
        <span className="comment-mention-badge" aria-hidden="true">
          @{unread!.mentions}
        </span>
      )}
    </button>
  );
}
