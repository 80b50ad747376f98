import { addComment, type CommentAnchor } from '@parcours/journey';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canComment, useBoardStore } from '../../store/boardStore';
import { authorOf } from './author';
import { CommentComposer } from './CommentComposer';
import { useCommentStore } from './commentStore';
import { ThreadView } from './ThreadView';
import { useThreads } from './useThreads';

/**
 * The threads on one card, header or persona (open first; resolved ones behind a toggle) and a field
 * to start a new one. Sits in the card's panel, so a reviewer comments where they read.
 */
export function AnchorComments({ anchor }: { anchor: CommentAnchor }) {
  const { t } = useTranslation('comments');
  const doc = useBoardStore((s) => s.doc);
  const me = useBoardStore((s) => s.participant);
  const writable = useBoardStore((s) => canComment(s.role));
  const since = useCommentStore((s) => s.seenBefore);
  const [writing, setWriting] = useState(false);
  const [showResolved, setShowResolved] = useState(false);
  const id = anchor.kind === 'point' ? null : anchor.id;
  const threads = useThreads().filter(
    (th) => th.anchor.kind === anchor.kind && th.anchor.kind !== 'point' && th.anchor.id === id,
  );
  const open = threads.filter((th) => !th.resolved);
  const resolved = threads.filter((th) => th.resolved);
  if (!doc) return null;
  return (
    <section className="anchor-comments" aria-label={t('section')} data-testid="anchor-comments">
      <header className="row anchor-comments-header">
        <h3>
          {t('section')}
          {open.length > 0 && <span className="comment-count-badge">{open.length}</span>}
        </h3>
        {writable && me && !writing && (
          <button type="button" className="button primary" onClick={() => setWriting(true)}>
            {t('new')}
          </button>
        )}
      </header>
      {writing && me && (
        <CommentComposer
          autoFocus
          placeholder={t('placeholder')}
          submitLabel={t('send')}
          onCancel={() => setWriting(false)}
          onSubmit={(body) => {
            addComment(doc, { anchor, author: authorOf(me), body });
            setWriting(false);
          }}
        />
      )}
      {open.map((thread) => (
        <ThreadView key={thread.id} thread={thread} since={since} />
      ))}
      {resolved.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => setShowResolved((v) => !v)}
          aria-expanded={showResolved}
        >
          {t('filters.resolved')} ({resolved.length})
        </button>
      )}
      {showResolved && resolved.map((thread) => <ThreadView key={thread.id} thread={thread} since={since} />)}
    </section>
  );
}
