import type { Card } from '@parcours/journey';

/**
 * The cards this device added on a board, so that "Mes cartes" finds them: a card records its
 * author only in private mode (authorId), so the others are remembered here, on the device. A
 * display aid, not a right: anyone holding the edit link may edit any card, on the canvas too.
 */
const PREFIX = 'parcours.myCards.';
/** A workshop adds tens of cards per person; the oldest are forgotten past this. */
const MAX = 500;

export function rememberMyCard(boardId: string, cardId: string, storage: Storage = localStorage): void {
  const ids = readIds(boardId, storage).filter((id) => id !== cardId);
  ids.push(cardId);
  try {
    storage.setItem(PREFIX + boardId, JSON.stringify(ids.slice(-MAX)));
  } catch {
    // Storage full or disabled: the card is on the board all the same.
  }
}

export function readIds(boardId: string, storage: Pick<Storage, 'getItem'> = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(PREFIX + boardId) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The participant's cards among `cards`: written by them in private mode, or added from this device. */
export function myCards(cards: Iterable<Card>, participantId: string, remembered: readonly string[]): Card[] {
  const ids = new Set(remembered);
  const out: Card[] = [];
  for (const card of cards) if (card.authorId === participantId || ids.has(card.id)) out.push(card);
  return out;
}
