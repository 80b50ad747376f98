import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { insertComment } from '../doc';
import { newId } from '../ids';
import { toCommentAnchor } from './anchor';
import { toAuthorFields } from './author';
import { toCommentBody } from './body';
import type { CommentAnchor, CommentAuthor, CommentPart } from './types';

/**
 * Starts a thread on a card, a header, a persona or a free point. Throws a CommentError for an empty
 * body or one over MAX_COMMENT_LENGTH, before anything is written. Returns the thread's id.
 */
export function addComment(
  doc: Y.Doc,
  input: {
    anchor: CommentAnchor;
    author: CommentAuthor;
    body: readonly CommentPart[] | string;
    id?: string;
    now?: number;
  },
): string {
  const { id = newId(), now = Date.now() } = input;
  const body = toCommentBody(input.body);
  const anchor = toCommentAnchor(input.anchor);
  const author = toAuthorFields(input.author);
  transact(doc, () => {
    insertComment(doc, id, { ...author, anchor, body, createdAt: now });
  });
  return id;
}
