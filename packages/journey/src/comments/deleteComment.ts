import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { commentOf } from '../doc';
import { isAuthorOf } from './author';

/**
 * Deletes one's own comment: its text goes, a tombstone stays so that replies keep their thread
 * (a thread whose comments are all deleted shows nowhere). Undo brings the text back.
 */
export function deleteComment(doc: Y.Doc, input: { commentId: string; author: { key: string } }): void {
  transact(doc, () => {
    const record = commentOf(doc, input.commentId);
    if (!record || !isAuthorOf(record, input.author) || record.get('deleted') === true) return;
    record.set('deleted', true);
    record.set('body', []);
  });
}
