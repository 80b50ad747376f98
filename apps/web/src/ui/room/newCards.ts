import type { Card, Snapshot } from '@parcours/journey';

/**
 * The cards in `next` that were not in `previous`: what just arrived on the board (the big screen
 * animates them in). Nothing on the first snapshot: a board that loads is not news.
 */
export function arrivedCards(previous: Snapshot | null, next: Snapshot): Card[] {
  if (!previous || previous.cards === next.cards) return [];
  const out: Card[] = [];
  for (const [id, card] of Object.entries(next.cards)) if (!previous.cards[id]) out.push(card);
  return out;
}
