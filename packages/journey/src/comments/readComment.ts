/** Reads one comment record into its snapshot form; undefined when it lacks what every comment has. */
import type { YRecord } from '../doc';
import { isCommentAnchor } from './anchor';
import { isCommentBody } from './body';
import type { Comment } from './types';

export function readComment(id: string, r: YRecord): Comment | undefined {
  const authorId = r.get('authorId');
  const authorName = r.get('authorName');
  const authorKey = r.get('authorKey');
  const createdAt = r.get('createdAt');
  const thread = r.get('thread');
  const anchor = r.get('anchor');
  const body = r.get('body');
  const editedAt = r.get('editedAt');
  if (typeof authorId !== 'string' || typeof createdAt !== 'number') return undefined;
  const isReply = typeof thread === 'string' && thread !== id;
  if (!isReply && !isCommentAnchor(anchor)) return undefined; // a thread needs a place
  const comment: {
    -readonly [K in keyof Comment]: Comment[K];
  } = {
    id,
    threadId: isReply ? thread : id,
    authorId,
    authorName: typeof authorName === 'string' ? authorName : '',
    authorKey: typeof authorKey === 'string' ? authorKey : '', // imported without one: nobody's to edit
    body: isCommentBody(body) ? body : [],
    createdAt,
  };
  if (!isReply) comment.anchor = anchor as Comment['anchor'];
  if (typeof editedAt === 'number' && Number.isFinite(editedAt)) comment.editedAt = editedAt;
  if (!isReply && r.get('resolved') === true) comment.resolved = true;
  if (r.get('deleted') === true) {
    comment.deleted = true;
    comment.body = [];
  }
  return comment;
}
