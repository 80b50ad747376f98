import {
  type Comment,
  type CommentThread,
  deleteComment,
  editComment,
  reopenThread,
  replyToComment,
  resolveThread,
} from '@parcours/journey';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canComment, useBoardStore } from '../../store/boardStore';
import { commentAuthorKey } from '../../store/commentSecret';
import { authorOf } from './author';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';

/** One thread: its comments, a reply field, resolve/reopen, and edit/delete on one's own comments. */
export function ThreadView({ thread, since }: { thread: CommentThread; since: number | null }) {
  const { t } = useTranslation('comments');
  const doc = useBoardStore((s) => s.doc);
  const me = useBoardStore((s) => s.participant);
  const writable = useBoardStore((s) => canComment(s.role));
  const [replying, setReplying] = useState(false);
  if (!doc) return null;
  return (
    <article
      className={`comment-thread ${thread.resolved ? 'resolved' : ''}`}
      data-testid="comment-thread"
      aria-label={t('section')}
    >
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            unread={since !== null && !comment.deleted && comment.authorId !== me?.id && comment.createdAt > since}
          />
        ))}
      </ol>
      {thread.resolved && <p className="comment-resolved-note">{t('resolved')}</p>}
      {writable && me && (
        <div className="row comment-thread-actions">
          {!replying && !thread.resolved && (
            <button type="button" className="button" onClick={() => setReplying(true)}>
              {t('reply')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() =>
              thread.resolved ? reopenThread(doc, { threadId: thread.id }) : resolveThread(doc, { threadId: thread.id })
            }
          >
            {thread.resolved ? t('reopen') : t('resolve')}
          </button>
        </div>
      )}
      {replying && me && (
        <CommentComposer
          autoFocus
          placeholder={t('replyPlaceholder')}
          submitLabel={t('reply')}
          onCancel={() => setReplying(false)}
          onSubmit={(body) => {
            replyToComment(doc, { threadId: thread.id, author: authorOf(me), body });
            setReplying(false);
          }}
        />
      )}
    </article>
  );
}

function CommentItem({ comment, unread }: { comment: Comment; unread: boolean }) {
  const { t, i18n } = useTranslation('comments');
  const doc = useBoardStore((s) => s.doc)!;
  const me = useBoardStore((s) => s.participant);
  const writable = useBoardStore((s) => canComment(s.role));
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const mine = writable && me !== null && comment.authorKey !== '' && comment.authorKey === commentAuthorKey();
  if (comment.deleted) {
    return (
      <li className="comment deleted">
        <p className="muted">{t('deletedComment')}</p>
      </li>
    );
  }
  const when = new Date(comment.createdAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <li className={`comment ${unread ? 'unread' : ''}`} data-testid="comment">
      <header className="comment-meta">
        <strong>{comment.authorName}</strong>
        {comment.authorId === me?.id && <span className="muted"> ({t('you')})</span>}
        <time className="muted" dateTime={new Date(comment.createdAt).toISOString()}>
          {when}
        </time>
        {comment.editedAt !== undefined && <span className="muted">· {t('edited')}</span>}
        {unread && <span className="comment-unread">{t('new_badge')}</span>}
      </header>
      {editing && me ? (
        <CommentComposer
          autoFocus
          initial={comment.body}
          placeholder={t('placeholder')}
          submitLabel={t('save')}
          onCancel={() => setEditing(false)}
          onSubmit={(body) => {
            editComment(doc, { commentId: comment.id, author: { key: commentAuthorKey() }, body });
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody body={comment.body} me={me?.id ?? null} />
      )}
      {mine && !editing && !confirming && (
        <div className="row comment-own-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button type="button" className="link-button danger" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        </div>
      )}
      {mine && confirming && (
        <div className="row comment-own-actions">
          <span>{t('confirmDelete')}</span>
          <button
            type="button"
            className="link-button danger"
            onClick={() => deleteComment(doc, { commentId: comment.id, author: { key: commentAuthorKey() } })}
          >
            {t('delete')}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
