import type * as Y from 'yjs';
import { cardRatings, recordOf, setField } from '../doc';
import type { Emotion } from '../types';
import { emotionSchema } from './cardFields';
import { transact } from './transact';

function checkEmotion(value: number): Emotion {
  if (!emotionSchema.safeParse(value).success)
    throw new RangeError(`An emotion is an integer from -2 to 2, not ${value}`);
  return value as Emotion;
}

/** The facilitator's emotion for a card (used when no participant has rated it); null clears it. */
export function setEmotion(doc: Y.Doc, input: { cardId: string; emotion: Emotion | null }): void {
  const emotion = input.emotion === null ? null : checkEmotion(input.emotion);
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    if (card) setField(card, 'emotion', emotion);
  });
}

/** One participant's rating of a touchpoint; each participant has their own key, so concurrent ratings all count. */
export function rateEmotion(doc: Y.Doc, input: { cardId: string; participantId: string; emotion: Emotion }): void {
  const emotion = checkEmotion(input.emotion);
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    const ratings = card && cardRatings(card);
    if (ratings && ratings.get(input.participantId) !== emotion) ratings.set(input.participantId, emotion);
  });
}

export function clearRating(doc: Y.Doc, input: { cardId: string; participantId: string }): void {
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    const ratings = card && cardRatings(card);
    if (ratings?.has(input.participantId)) ratings.delete(input.participantId);
  });
}
