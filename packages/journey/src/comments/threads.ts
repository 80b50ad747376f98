/**
 * Threads from a snapshot's comments: each thread's comments in order and where it sits. A thread on
 * a record that is gone (a card a peer deleted) is kept and says so: it shows again on the record
 * when the deletion is undone, since the record comes back under its id.
 */
import { groupBy } from '../groupBy';
import type { Snapshot } from '../types';
import type { Comment, CommentAnchor } from './types';

export interface CommentThread {
  readonly id: string;
  readonly anchor: CommentAnchor;
  /** The card, header or persona it is on no longer exists (or its journey is gone). */
  readonly anchorDeleted: boolean;
  /** The journey the anchor belongs to; null for a persona (personas belong to the board). */
  readonly journeyId: string | null;
  readonly resolved: boolean;
  /** The first comment, then replies oldest first; deleted ones stay as tombstones (no text). */
  readonly comments: readonly Comment[];
  /** The newest comment or edit time. */
  readonly updatedAt: number;
}

const byTime = (a: Comment, b: Comment) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every thread with at least one comment that is not deleted, oldest first. */
export function toThreads(
  snapshot: Pick<Snapshot, 'comments' | 'cards' | 'phases' | 'channels' | 'personas' | 'journeys'>,
): CommentThread[] {
  const replies = groupBy(
    Object.values(snapshot.comments).filter((comment) => comment.threadId !== comment.id),
    (comment) => comment.threadId,
  );
  const threads: CommentThread[] = [];
  for (const first of Object.values(snapshot.comments)) {
    if (first.threadId !== first.id || !first.anchor) continue;
    const comments = [first, ...(replies.get(first.id) ?? []).sort(byTime)];
    if (comments.every((c) => c.deleted)) continue;
    const { journeyId, exists } = placeOf(snapshot, first.anchor);
    let updatedAt = 0;
    for (const c of comments) updatedAt = Math.max(updatedAt, c.editedAt ?? c.createdAt, c.createdAt);
    threads.push({
      id: first.id,
      anchor: first.anchor,
      anchorDeleted: !exists,
      journeyId,
      resolved: first.resolved === true,
      comments,
      updatedAt,
    });
  }
  return threads.sort((a, b) => byTime(a.comments[0]!, b.comments[0]!));
}

function placeOf(
  snapshot: Pick<Snapshot, 'cards' | 'phases' | 'channels' | 'personas' | 'journeys'>,
  anchor: CommentAnchor,
): { journeyId: string | null; exists: boolean } {
  switch (anchor.kind) {
    case 'card': {
      const card = snapshot.cards[anchor.id];
      return { journeyId: card?.journeyId ?? null, exists: card !== undefined };
    }
    case 'phase': {
      const phase = snapshot.phases[anchor.id];
      return { journeyId: phase?.journeyId ?? null, exists: phase !== undefined };
    }
    case 'channel': {
      const channel = snapshot.channels[anchor.id];
      return { journeyId: channel?.journeyId ?? null, exists: channel !== undefined };
    }
    case 'persona':
      return { journeyId: null, exists: snapshot.personas[anchor.id] !== undefined };
    case 'point':
      return { journeyId: anchor.journeyId, exists: snapshot.journeys[anchor.journeyId] !== undefined };
  }
}

/** The open threads per anchored record id (cards, phases, channels, personas): badge counts. */
export function openThreadCounts(threads: readonly CommentThread[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved || thread.anchor.kind === 'point') continue;
    counts.set(thread.anchor.id, (counts.get(thread.anchor.id) ?? 0) + 1);
  }
  return counts;
}
