import { addComment, bodyText, type CommentAnchor, type CommentThread, mentions, sortByOrder } from '@parcours/journey';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toBoard } from '../../canvas/camera';
import { cameraOf, useCameraStore } from '../../canvas/cameraStore';
import { canComment, useBoardStore } from '../../store/boardStore';
import { Panel } from '../common/Panel';
import { anchorLabel } from './anchorLabel';
import { authorOf } from './author';
import { CommentComposer } from './CommentComposer';
import { type ThreadFilter, useCommentStore } from './commentStore';
import { jumpTo } from './jumpTo';
import { ThreadView } from './ThreadView';
import { useThreads } from './useThreads';

const FILTERS: readonly ThreadFilter[] = ['open', 'resolved', 'mine', 'mentions'];

/** Every thread of the board, filtered (open, resolved, mine, for me); each jumps to its place. */
export function CommentsPanel() {
  const { t } = useTranslation('comments');
  const filter = useCommentStore((s) => s.filter);
  const set = useCommentStore((s) => s.set);
  const since = useCommentStore((s) => s.seenBefore);
  const focus = useCommentStore((s) => s.focusThread);
  const me = useBoardStore((s) => s.participant);
  const snapshot = useBoardStore((s) => s.snapshot);
  const threads = useThreads();
  if (!snapshot) return null;
  const shown = threads.filter((thread) => matches(thread, filter, me?.id ?? null));
  const open = (thread: CommentThread) => {
    jumpTo(thread.anchor);
    // A card's panel shows its threads: make room for it; others open here.
    if (thread.anchor.kind === 'card' && !thread.anchorDeleted) set({ panelOpen: false, focusThread: thread.id });
    else set({ focusThread: focus === thread.id ? null : thread.id });
  };
  return (
    <Panel
      look="side-panel"
      className="comments-panel"
      title={t('panel')}
      testId="comments-panel"
      closeLabel={t('close')}
      onClose={() => set({ panelOpen: false })}
    >
      <div className="comment-filters" role="toolbar" aria-label={t('filters.label')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            className={`chip ${filter === f ? 'active' : ''}`}
            onClick={() => set({ filter: f })}
          >
            {t(`filters.${f}`)}
          </button>
        ))}
      </div>
      <NewThread />
      {shown.length === 0 ? (
        <p className="empty-state">{t(`empty.${filter}`)}</p>
      ) : (
        <ul className="thread-list">
          {shown.map((thread) => {
            const first = thread.comments.find((c) => !c.deleted) ?? thread.comments[0]!;
            const unread =
              since !== null && thread.comments.some((c) => !c.deleted && c.authorId !== me?.id && c.createdAt > since);
            return (
              <li key={thread.id} className={`thread-item ${unread ? 'unread' : ''}`}>
                <button
                  type="button"
                  className="thread-summary"
                  onClick={() => open(thread)}
                  data-testid="thread-summary"
                >
                  <span className={`thread-anchor ${thread.anchorDeleted ? 'deleted' : ''}`}>
                    {anchorLabel(thread, snapshot, t)}
                  </span>
                  <span className="thread-excerpt">
                    <strong>{first.authorName}</strong> {bodyText(first.body).slice(0, 140)}
                  </span>
                  <span className="muted">
                    {thread.comments.length > 1 && t('replies', { count: thread.comments.length - 1 })}
                    {thread.resolved && ` · ${t('resolved')}`}
                    {unread && <span className="comment-unread">{t('new_badge')}</span>}
                  </span>
                </button>
                {focus === thread.id && (thread.anchor.kind !== 'card' || thread.anchorDeleted) && (
                  <ThreadView thread={thread} since={since} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

function matches(thread: CommentThread, filter: ThreadFilter, me: string | null): boolean {
  switch (filter) {
    case 'open':
      return !thread.resolved;
    case 'resolved':
      return thread.resolved;
    case 'mine':
      return me !== null && thread.comments.some((c) => !c.deleted && c.authorId === me);
    case 'mentions':
      return me !== null && mentions(thread, me);
  }
}

/** A new thread on a phase or channel header, a persona or a free point (cards are commented from their panel). */
function NewThread() {
  const { t } = useTranslation('comments');
  const doc = useBoardStore((s) => s.doc);
  const me = useBoardStore((s) => s.participant);
  const writable = useBoardStore((s) => canComment(s.role));
  const snapshot = useBoardStore((s) => s.snapshot);
  const journeyId = useBoardStore((s) => s.journeyId);
  const [target, setTarget] = useState('');
  if (!doc || !me || !writable || !snapshot) return null;
  const phases = sortByOrder(Object.values(snapshot.phases).filter((p) => p.journeyId === journeyId));
  const channels = sortByOrder(Object.values(snapshot.channels).filter((c) => c.journeyId === journeyId));
  const personas = sortByOrder(Object.values(snapshot.personas));
  const anchor = target === 'point:here' && journeyId ? pointHere(journeyId) : parse(target);
  return (
    <div className="new-thread">
      <label className="field">
        <span className="field-label">{t('newOn')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('pickAnchor')}</option>
          {journeyId && <option value="point:here">{t('pointHere')}</option>}
          {phases.map((p) => (
            <option key={p.id} value={`phase:${p.id}`}>
              {t('on.phase', { name: p.name })}
            </option>
          ))}
          {channels.map((c) => (
            <option key={c.id} value={`channel:${c.id}`}>
              {t('on.channel', { name: c.name })}
            </option>
          ))}
          {personas.map((p) => (
            <option key={p.id} value={`persona:${p.id}`}>
              {t('on.persona', { name: p.name })}
            </option>
          ))}
        </select>
      </label>
      {anchor && (
        <CommentComposer
          placeholder={t('placeholder')}
          submitLabel={t('send')}
          onCancel={() => setTarget('')}
          onSubmit={(body) => {
            addComment(doc, { anchor, author: authorOf(me), body });
            setTarget('');
          }}
        />
      )}
    </div>
  );
}

/** The board point at the centre of the canvas: a thread pinned where the person is looking. */
function pointHere(journeyId: string): CommentAnchor {
  const camera = useCameraStore.getState();
  const center = toBoard(cameraOf(camera), { x: camera.width / 2, y: camera.height / 2 });
  return { kind: 'point', journeyId, x: Math.round(center.x), y: Math.round(center.y) };
}

function parse(value: string): CommentAnchor | null {
  const [kind, id] = value.split(':');
  if (!id || (kind !== 'phase' && kind !== 'channel' && kind !== 'persona')) return null;
  return { kind, id };
}
