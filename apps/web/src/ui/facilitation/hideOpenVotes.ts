import { type Card, cardsInVote, type Snapshot } from '@parcours/journey';

/**
 * While a dot vote is open its results stay hidden (voteResults is null until the close), but the
 * dots themselves are on the cards every peer holds: a participant's snapshot keeps only their own
 * dots on the cards in the vote, so the canvas badges and panels cannot give the tally away. The
 * facilitator keeps everything. The same snapshot object when nothing is hidden.
 */
export function hideOpenVotes(snapshot: Snapshot, participantId: string): Snapshot {
  const vote = snapshot.session.vote;
  if (vote?.status !== 'open') return snapshot;
  let cards: Record<string, Card> | null = null;
  for (const card of cardsInVote(snapshot)) {
    const others = Object.keys(card.votes).some((id) => id !== participantId);
    if (!others) continue;
    const mine = card.votes[participantId];
    cards ??= { ...snapshot.cards };
    cards[card.id] = { ...card, votes: mine === undefined ? {} : { [participantId]: mine } };
  }
  return cards ? { ...snapshot, cards } : snapshot;
}
