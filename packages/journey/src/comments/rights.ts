/**
 * Who may change which comment, checked by the server on every update whatever the role
 * (trust/checkUpdate.ts). `author` is the key the connection proved (comments/authorKey.ts), null
 * when it presented no secret.
 *   - A new comment is written under the connection's own key only, and under one participant id
 *     per connection: the first comment binds it, as presence binds awareness ids (checked once the
 *     whole update is seen, `unsigned`; the relay keeps the binding, `participantId`).
 *   - An existing comment's fields, and the comment itself, are changed or deleted by its author
 *     only; anyone who may comment resolves or reopens a thread (`resolved`). Who wrote it, where
 *     and when (FIXED_FIELDS) never change, even by its author.
 *   - A commenter (role `comment`) changes nothing but comments.
 */
import * as Y from 'yjs';
import { commentsMap } from '../doc';
import type { Location } from '../facilitation/changedTargets';
import type { BoardRole } from '../facilitation/roles';

/** Fields of another's comment anyone who may comment can change. */
const SHARED_FIELDS = new Set(['resolved']);
/** Fields written once with the comment: who wrote it, where and when (even its author keeps them). */
const FIXED_FIELDS = new Set(['thread', 'anchor', 'authorId', 'authorName', 'authorKey', 'createdAt']);

export const NOT_YOURS = 'only its author edits or deletes a comment';

/** New comment records of one update and whether each was signed with the connection's key. */
export class CommentWrites {
  private readonly created = new Set<string>();
  private readonly signed = new Set<string>();
  /** Participant ids the new comments are written under. */
  private readonly authorIds = new Set<string>();
  /** Comments whose fixed fields the update deletes, and comments it deletes whole. */
  private readonly fixedDeletions = new Set<string>();
  private readonly deletedRecords = new Set<string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly role: BoardRole,
    private readonly author: string | null,
    /** The participant id this connection's earlier comments were written under, if any. */
    private readonly bound: string | null = null,
  ) {}

  /** The participant id the update's new comments are written under (for the relay to bind), if any. */
  get participantId(): string | undefined {
    return this.authorIds.size === 1 ? [...this.authorIds][0] : undefined;
  }

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
    if (typeof field === 'string' && FIXED_FIELDS.has(field)) {
      if (item) return `a comment's ${field} is written once`;
      // Gone with its comment when the same update deletes the comment (checked in `unsigned`).
      this.fixedDeletions.add(id);
    }
    if (this.isMine(id)) {
      if (field === undefined && !item) this.deletedRecords.add(id);
      return null;
    }
    if (typeof field === 'string' && SHARED_FIELDS.has(field)) return null;
    return NOT_YOURS;
  }

  /**
   * After every change was seen: a reason when a new comment was not signed with the connection's
   * key or is under a participant id bound to another key, or a fixed field went without its comment.
   */
  unsigned(): string | null {
    for (const id of this.created) if (!this.signed.has(id)) return 'a comment is written under its author key';
    for (const id of this.fixedDeletions)
      if (!this.deletedRecords.has(id)) return "a comment's author and place are written once";
    if (this.authorIds.size > 1 || (this.bound !== null && this.authorIds.size > 0 && !this.authorIds.has(this.bound)))
      return 'a connection comments as one participant';
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
