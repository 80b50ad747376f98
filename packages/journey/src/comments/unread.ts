/**
 * What is new for one participant since they last looked: comments by others after `since`, and
 * mentions of them among those. `since` is kept by each device (the web app stores it per board).
 */
import { mentionedIds } from './body';
import type { CommentThread } from './threads';

export interface Unread {
  /** Thread ids with a comment by someone else after `since`. */
  readonly threads: ReadonlySet<string>;
  /** Comments by others after `since` that mention the participant. */
  readonly mentions: number;
}

export function unreadFor(threads: readonly CommentThread[], participantId: string, since: number): Unread {
  const unread = new Set<string>();
  let mentions = 0;
  for (const thread of threads) {
    for (const comment of thread.comments) {
      if (comment.deleted || comment.authorId === participantId || comment.createdAt <= since) continue;
      unread.add(thread.id);
      if (mentionedIds(comment.body).includes(participantId)) mentions++;
    }
  }
  return { threads: unread, mentions };
}

/** Whether a thread mentions the participant anywhere (the "mentions" filter). */
export function mentions(thread: CommentThread, participantId: string): boolean {
  return thread.comments.some((c) => !c.deleted && mentionedIds(c.body).includes(participantId));
}
