/**
 * Private mode (brainstorm without influence): while it is on, each new card carries its author and
 * `hidden: true`, and each participant's view shows only their own hidden cards, until the
 * facilitator reveals them all at once. It is a display rule, not secrecy: hidden cards are in the
 * doc every peer holds (and in a JSON export), as with any shared whiteboard.
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { addCards, type NewCard } from '../commands/cards';
import { transact } from '../commands/transact';
import { recordOf, recordsOf, setField } from '../doc';
import { readSession, writeSession } from '../session';
import type { Action, Card, Snapshot } from '../types';
import { parseInput } from './input';

const modeInput = z.strictObject({ on: z.boolean() });

/** Facilitator: turns private mode on or off. Turning it off does not reveal: revealCards does. */
export function setPrivateMode(doc: Y.Doc, input: { on: boolean }): void {
  const { on } = parseInput(modeInput, input, 'setPrivateMode');
  transact(doc, () => writeSession(doc, 'privateMode', on || null));
}

/**
 * A participant adds a card: the same as addCard, but while private mode is on the card is hidden
 * from the others and remembers its author. The UI calls this instead of addCard for participants' cards.
 */
export function addCardAs(doc: Y.Doc, input: NewCard & { journeyId: string; participantId: string }): string {
  const { journeyId, participantId, ...card } = input;
  if (participantId.length === 0 || participantId.length > 200)
    throw new RangeError('addCardAs: invalid participantId');
  return transact(doc, () => {
    const [id] = addCards(doc, { journeyId, cards: [card] });
    const record = id === undefined ? undefined : recordOf(doc, 'cards', id);
    if (record && readSession(doc).privateMode) {
      setField(record, 'hidden', true);
      setField(record, 'authorId', participantId);
    }
    return id ?? '';
  });
}

/** Facilitator: shows every hidden card (of one journey, or all) to everyone, in one step. */
export function revealCards(doc: Y.Doc, input: { journeyId?: string } = {}): void {
  transact(doc, () => {
    for (const [, card] of recordsOf(doc, 'cards')) {
      if (card.get('hidden') === undefined) continue;
      if (input.journeyId !== undefined && card.get('journeyId') !== input.journeyId) continue;
      card.delete('hidden');
    }
  });
}

/** Whether `participantId` sees this card: every card but the others' hidden ones. */
export function isVisibleTo(card: Card, participantId: string): boolean {
  return card.hidden !== true || card.authorId === participantId;
}

/** The cards `participantId` sees. */
export function visibleCards(snapshot: Snapshot, participantId: string): Card[] {
  return Object.values(snapshot.cards).filter((card) => isVisibleTo(card, participantId));
}

/** How many cards are waiting to be revealed (the facilitator's counter). */
export function hiddenCardCount(snapshot: Snapshot): number {
  let count = 0;
  for (const card of Object.values(snapshot.cards)) if (card.hidden) count++;
  return count;
}

/**
 * The snapshot as `participantId` sees it: the others' hidden cards left out (and their links from
 * actions), so every view and figure built from it (toJourneyView, emotionCurve...) ignores them.
 * The same snapshot object when nothing is hidden from this participant; unchanged records keep their identity.
 */
export function toVisibleSnapshot(snapshot: Snapshot, participantId: string): Snapshot {
  const hiddenIds = new Set<string>();
  for (const card of Object.values(snapshot.cards)) if (!isVisibleTo(card, participantId)) hiddenIds.add(card.id);
  if (hiddenIds.size === 0) return snapshot;
  const cards: Record<string, Card> = {};
  for (const [id, card] of Object.entries(snapshot.cards)) if (!hiddenIds.has(id)) cards[id] = card;
  let actions: Record<string, Action> | null = null;
  for (const [id, action] of Object.entries(snapshot.actions)) {
    if (!action.cardIds.some((cardId) => hiddenIds.has(cardId))) continue;
    actions ??= { ...snapshot.actions };
    actions[id] = { ...action, cardIds: action.cardIds.filter((cardId) => !hiddenIds.has(cardId)) };
  }
  return { ...snapshot, cards, actions: actions ?? snapshot.actions };
}
