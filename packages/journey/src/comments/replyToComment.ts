import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { commentOf, insertComment } from '../doc';
import { newId } from '../ids';
import { toAuthorFields } from './author';
import { toCommentBody } from './body';
import type { CommentAuthor, CommentPart } from './types';

/**
 * Replies in a thread (named by its first comment). A reply to a reply joins the same thread. Nothing
 * is written when the thread is unknown. Throws a CommentError as addComment does. Returns the reply's id.
 */
export function replyToComment(
  doc: Y.Doc,
  input: { threadId: string; author: CommentAuthor; body: readonly CommentPart[] | string; id?: string; now?: number },
): string {
  const { id = newId(), now = Date.now() } = input;
  const body = toCommentBody(input.body);
  const author = toAuthorFields(input.author);
  transact(doc, () => {
    const target = commentOf(doc, input.threadId);
    if (!target) return;
    const thread = target.get('thread');
    insertComment(doc, id, {
      ...author,
      thread: typeof thread === 'string' ? thread : input.threadId,
      body,
      createdAt: now,
    });
  });
  return id;
}
