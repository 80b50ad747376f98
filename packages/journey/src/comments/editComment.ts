import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { commentOf, setField } from '../doc';
import { isAuthorOf } from './author';
import { toCommentBody } from './body';
import type { CommentAuthor, CommentPart } from './types';

/**
 * Replaces the text of one's own comment (the server refuses an edit of another's). Nothing is written
 * for another's, a deleted or an unknown comment, or an unchanged text. Throws a CommentError as addComment does.
 */
export function editComment(
  doc: Y.Doc,
  input: { commentId: string; author: Pick<CommentAuthor, 'key'>; body: readonly CommentPart[] | string; now?: number },
): void {
  const body = toCommentBody(input.body);
  transact(doc, () => {
    const record = commentOf(doc, input.commentId);
    if (!record || !isAuthorOf(record, input.author) || record.get('deleted') === true) return;
    if (JSON.stringify(record.get('body')) === JSON.stringify(body)) return;
    record.set('body', body);
    setField(record, 'editedAt', input.now ?? Date.now());
  });
}
