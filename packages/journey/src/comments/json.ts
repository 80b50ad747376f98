/** Comments in the JSON format (docs/FORMAT.md): the optional `comments` array of a journey map. */
import type * as Y from 'yjs';
import { commentsMap, insertComment, records } from '../doc';
import type { CommentJson } from '../schema';
import { commentSchema } from './commentSchema';
import { readComment } from './readComment';

/** Every comment of the board, oldest first; undefined when there is none (older readers see no new field). */
export function toCommentsJson(doc: Y.Doc): CommentJson[] | undefined {
  const out: CommentJson[] = [];
  for (const [id, record] of records(commentsMap(doc))) {
    const comment = readComment(id, record);
    if (!comment) continue;
    const json: CommentJson = {
      id,
      ...(comment.threadId !== id ? { thread: comment.threadId } : {}),
      ...(comment.anchor ? { anchor: comment.anchor } : {}),
      authorId: comment.authorId,
      authorName: comment.authorName,
      ...(comment.authorKey ? { authorKey: comment.authorKey } : {}),
      body: [...comment.body],
      createdAt: comment.createdAt,
      ...(comment.editedAt !== undefined ? { editedAt: comment.editedAt } : {}),
      ...(comment.resolved ? { resolved: true as const } : {}),
      ...(comment.deleted ? { deleted: true as const } : {}),
    };
    // A record the format cannot hold (an id outside its pattern) is left out, so the file always imports.
    if (commentSchema.safeParse(json).success) out.push(json);
  }
  if (out.length === 0) return undefined;
  const ids = new Set(out.map((c) => c.id));
  return out
    .filter((c) => c.thread === undefined || ids.has(c.thread))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Writes imported comments (validated by parseJourneyMap) into a new board's doc. */
export function writeComments(doc: Y.Doc, comments: readonly CommentJson[]): void {
  for (const { id, ...fields } of comments) insertComment(doc, id, fields);
}
