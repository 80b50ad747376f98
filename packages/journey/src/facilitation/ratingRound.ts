/**
 * The emotion rating round: while open, the UI asks every participant to rate the touchpoints
 * (rateEmotion); when it closes, the curve shows the mean and the spread (emotionCurve). Ratings are
 * written the same way in or out of a round: the round only drives the UI, so no rating is lost to a race.
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { transact } from '../commands/transact';
import { readSession, writeSession } from '../session';
import type { Card, RatingRound, Snapshot } from '../types';
import { parseInput } from './input';

const openInput = z.strictObject({ journeyId: z.optional(z.nullable(z.string())) });

/** Facilitator: asks everyone to rate the touchpoints of a journey (or of every journey). */
export function openRatingRound(doc: Y.Doc, input: { journeyId?: string | null } = {}): void {
  const { journeyId = null } = parseInput(openInput, input, 'openRatingRound');
  transact(doc, () => writeSession(doc, 'ratingRound', { status: 'open', journeyId } satisfies RatingRound));
}

/** Facilitator: ends the round; the ratings stay on the cards. */
export function closeRatingRound(doc: Y.Doc): void {
  transact(doc, () => {
    const round = readSession(doc).ratingRound;
    if (round && round.status === 'open') writeSession(doc, 'ratingRound', { ...round, status: 'closed' });
  });
}

/** Touchpoints of the round that this participant has not rated yet: what is left to do. */
export function unratedTouchpoints(snapshot: Snapshot, participantId: string): Card[] {
  const round = snapshot.session.ratingRound;
  if (round?.status !== 'open') return [];
  return Object.values(snapshot.cards).filter(
    (card) =>
      card.kind === 'touchpoint' &&
      (round.journeyId === null || card.journeyId === round.journeyId) &&
      card.ratings[participantId] === undefined,
  );
}
