/**
 * Who may change which comment, checked by the server on every update whatever the role
 * (trust/checkUpdate.ts). `author` is the key the connection proved (comments/authorKey.ts), null
 * when it presented no secret.
 *   - A new comment is written under the connection's own key only, and under a participant id
 *     that no other key has written under on this board: the first comment binds a participant id
 *     to its device's key (checked once the whole update is seen, `unsigned`).
 *   - An existing comment's fields, and the comment itself, are changed or deleted by its author
 *     only; anyone who may comment resolves or reopens a thread (`resolved`).
 *   - A commenter (role `comment`) changes nothing but comments.
 */
import * as Y from 'yjs';
import { commentsMap } from '../doc';
import type { Location } from '../facilitation/changedTargets';
import type { BoardRole } from '../facilitation/roles';

/** Fields of another's comment anyone who may comment can change. */
const SHARED_FIELDS = new Set(['resolved']);

export const NOT_YOURS = 'only its author edits or deletes a comment';

/** New comment records of one update and whether each was signed with the connection's key. */
export class CommentWrites {
  private readonly created = new Set<string>();
  private readonly signed = new Set<string>();
  /** Participant ids the new comments are written under. */
  private readonly authorIds = new Set<string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly role: BoardRole,
    private readonly author: string | null,
  ) {}

  /** The reason a change is refused, or null. `item` null: a deletion. */
  rule(location: Location, item: Y.Item | null): string | null {
    if (location.root !== 'comments') return this.role === 'comment' ? 'a commenter only comments' : null;
    const [id, field] = location.path;
    if (typeof id !== 'string') return null; // the layout check refuses it
    if (location.newRecord) {
      if (field === undefined) {
        // The record itself: a new one, or one set over an existing comment (which replaces it).
        if (item && !(item.content instanceof Y.ContentDeleted)) this.created.add(id);
        return this.storedAuthor(id) === undefined || this.isMine(id) ? null : NOT_YOURS;
      }
      if (field === 'authorKey' && item && item.content instanceof Y.ContentAny) {
        if (this.author === null || item.content.arr.some((value) => value !== this.author))
          return 'a comment is written under its author key';
        this.signed.add(id);
      }
      if (field === 'authorId' && item && item.content instanceof Y.ContentAny)
        for (const value of item.content.arr) if (typeof value === 'string') this.authorIds.add(value);
      return null;
    }
    if (this.isMine(id)) return null;
    if (typeof field === 'string' && SHARED_FIELDS.has(field)) return null;
    return NOT_YOURS;
  }

  /** After every change was seen: a reason when a new comment was not signed with the connection's key. */
  unsigned(): string | null {
    for (const id of this.created) if (!this.signed.has(id)) return 'a comment is written under its author key';
    if (this.authorIds.size === 0) return null;
    // One pass over the stored comments, only for an update that writes a new one.
    for (const [, record] of commentsMap(this.doc)) {
      if (!(record instanceof Y.Map)) continue;
      const authorId = record.get('authorId');
      const key = record.get('authorKey');
      if (
        typeof authorId === 'string' &&
        this.authorIds.has(authorId) &&
        typeof key === 'string' &&
        key !== this.author
      )
        return "a participant's comments come from one device";
    }
    return null;
  }

  private storedAuthor(id: string): string | null | undefined {
    const record: unknown = commentsMap(this.doc).get(id);
    if (!(record instanceof Y.Map)) return undefined;
    const key = record.get('authorKey');
    return typeof key === 'string' ? key : null;
  }

  private isMine(id: string): boolean {
    return this.author !== null && this.storedAuthor(id) === this.author;
  }
}
