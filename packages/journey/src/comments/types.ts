/**
 * Comments on a board, as snapshots read them (comments/readComment.ts). A thread is its first
 * comment (the one with an anchor) and the replies that name it as their thread.
 */

/** Where a thread sits: on a card, a phase or channel header, a persona, or a free point of a journey's board. */
export type CommentAnchor =
  | { readonly kind: 'card'; readonly id: string }
  | { readonly kind: 'phase'; readonly id: string }
  | { readonly kind: 'channel'; readonly id: string }
  | { readonly kind: 'persona'; readonly id: string }
  | { readonly kind: 'point'; readonly journeyId: string; readonly x: number; readonly y: number };

export type CommentAnchorKind = CommentAnchor['kind'];

/** A mention: the participant's id (stable on their device) and the name they had when mentioned. */
export interface CommentMention {
  readonly mention: string;
  readonly name: string;
}

/** A comment's body: plain text and mentions, in reading order. Never markup: shown as text everywhere. */
export type CommentPart = string | CommentMention;

export interface CommentAuthor {
  /** The participant id (votes and ratings use the same). */
  readonly id: string;
  readonly name: string;
  /** `authorKeyOf` the device's comment secret: the server lets only this key edit or delete the comment. */
  readonly key: string;
}

export interface Comment {
  readonly id: string;
  /** The thread's first comment id; a thread's first comment names itself. */
  readonly threadId: string;
  /** Set on a thread's first comment only. */
  readonly anchor?: CommentAnchor;
  readonly authorId: string;
  readonly authorName: string;
  /** Empty for a comment imported without one: nobody may edit it. */
  readonly authorKey: string;
  readonly body: readonly CommentPart[];
  /** Milliseconds since the epoch, from the author's clock. */
  readonly createdAt: number;
  readonly editedAt?: number;
  /** On a thread's first comment: the thread is resolved. */
  readonly resolved?: true;
  /** Deleted by its author: kept as a tombstone so replies keep their thread; shows no text. */
  readonly deleted?: true;
}
