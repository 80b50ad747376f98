import type * as Y from 'yjs';
import { cardVotes, recordOf } from '../doc';
import { transact } from './transact';

/** Adds one dot of this participant on a card. Only the participant writes their own key, so counts never race. */
export function vote(doc: Y.Doc, input: { cardId: string; participantId: string }): void {
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    const votes = card && cardVotes(card);
    if (votes) votes.set(input.participantId, (votes.get(input.participantId) ?? 0) + 1);
  });
}

/** Takes back one dot of this participant; the key goes when it reaches zero. */
export function unvote(doc: Y.Doc, input: { cardId: string; participantId: string }): void {
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    const votes = card && cardVotes(card);
    const current = votes?.get(input.participantId) ?? 0;
    if (!votes || current <= 0) return;
    if (current === 1) votes.delete(input.participantId);
    else votes.set(input.participantId, current - 1);
  });
}
