// Comments on a board: threads, replies, mentions, resolve/reopen (re-exported by the package index).
export { addComment } from './addComment';
export { MAX_ANCHOR_COORDINATE } from './anchor';
export { authorKeyOf, MAX_AUTHOR_SECRET_LENGTH, MIN_AUTHOR_SECRET_LENGTH } from './authorKey';
export {
  bodyLength,
  bodyText,
  CommentError,
  MAX_COMMENT_LENGTH,
  MAX_COMMENT_PARTS,
  mentionedIds,
  toCommentBody,
} from './body';
export { deleteComment } from './deleteComment';
export { editComment } from './editComment';
export { reopenThread } from './reopenThread';
export { replyToComment } from './replyToComment';
export { resolveThread } from './resolveThread';
export { type CommentThread, openThreadCounts, toThreads } from './threads';
export { mentions, type Unread, unreadFor } from './unread';
