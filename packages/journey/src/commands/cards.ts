import type * as Y from 'yjs';
import { cardText, insertRecord, recordOf, replaceText, rootMap, setField, toCellValue } from '../doc';
import { newId } from '../ids';
import { orderBefore } from '../order';
import type { Card, CardKind, Cell } from '../types';
import { type CardPatch, toCardPatch } from './cardFields';
import { cardSiblings, refreshCard } from './cardIndex';
import { transact } from './transact';

/** More than this in one paste or duplicate is refused: a board stays usable and the error is clear. */
export const MAX_CARDS_PER_INSERT = 5_000;

export interface NewCard extends CardPatch {
  id?: string;
  kind: CardKind;
  text?: string;
  /** null or absent: the tray. */
  cell?: Cell | null;
  /** Place before this card of the same cell; default: at the end of the cell. */
  before?: string | null;
}

export function addCard(doc: Y.Doc, input: NewCard & { journeyId: string }): string {
  const { journeyId, ...card } = input;
  const [id] = addCards(doc, { journeyId, cards: [card] });
  return id!;
}

/** Adds several cards in one step (paste, duplicate, import of a selection); returns their ids in input order. */
export function addCards(doc: Y.Doc, input: { journeyId: string; cards: readonly NewCard[] }): string[] {
  if (input.cards.length > MAX_CARDS_PER_INSERT) {
    throw new RangeError(`Too many cards at once (${input.cards.length}); the limit is ${MAX_CARDS_PER_INSERT}`);
  }
  const prepared = input.cards.map((card) => {
    const { id, kind, text, cell, before, ...rest } = card;
    return {
      id: id ?? newId(),
      kind,
      text: text ?? '',
      cell: cell ?? null,
      before,
      patch: toCardPatch({ kind, ...rest }),
    };
  });
  return transact(doc, () => {
    if (!recordOf(doc, 'journeys', input.journeyId)) return [];
    const ids: string[] = [];
    for (const card of prepared) {
      const cell = validCell(doc, input.journeyId, card.cell);
      const order = orderBefore(cardSiblings(doc, input.journeyId, cell), card.before);
      const record = insertRecord(doc, 'cards', card.id, {
        journeyId: input.journeyId,
        kind: card.kind,
        cell: toCellValue(cell?.phaseId ?? null, cell?.channelId ?? null),
        order,
        text: card.text,
        keyMoment: false,
      });
      for (const [key, value] of Object.entries(card.patch)) setField(record, key, value);
      refreshCard(doc, card.id);
      ids.push(card.id);
    }
    return ids;
  });
}

/** A cell of that journey, or null (tray) when it names a phase or channel that is gone or elsewhere. */
function validCell(doc: Y.Doc, journeyId: string, cell: Cell | null): Cell | null {
  if (!cell) return null;
  const phase = recordOf(doc, 'phases', cell.phaseId);
  const channel = recordOf(doc, 'channels', cell.channelId);
  if (phase?.get('journeyId') !== journeyId || channel?.get('journeyId') !== journeyId) return null;
  return cell;
}

export function moveCard(doc: Y.Doc, input: { cardId: string; to: Cell | null; before?: string | null }): void {
  moveCards(doc, { cardIds: [input.cardId], to: input.to, before: input.before });
}

/** Moves cards, in the given order, into one cell (or the tray), before `before` or at the end. */
export function moveCards(
  doc: Y.Doc,
  input: { cardIds: readonly string[]; to: Cell | null; before?: string | null },
): void {
  transact(doc, () => {
    for (const cardId of input.cardIds) {
      const card = recordOf(doc, 'cards', cardId);
      if (!card) continue; // already deleted by a peer: nothing to do
      const journeyId = String(card.get('journeyId'));
      const cell = validCell(doc, journeyId, input.to);
      const siblings = cardSiblings(doc, journeyId, cell, cardId);
      setField(card, 'cell', toCellValue(cell?.phaseId ?? null, cell?.channelId ?? null));
      card.set('order', orderBefore(siblings, input.before === cardId ? null : input.before));
      refreshCard(doc, cardId);
    }
  });
}

export function updateCard(doc: Y.Doc, input: CardPatch & { cardId: string }): void {
  const { cardId, ...rest } = input;
  const patch = toCardPatch(rest);
  transact(doc, () => {
    const card = recordOf(doc, 'cards', cardId);
    if (!card) return;
    for (const [key, value] of Object.entries(patch)) setField(card, key, value);
  });
}

/** Sets a card's text with the smallest edit, so concurrent typing elsewhere in the text merges. */
export function setCardText(doc: Y.Doc, input: { cardId: string; text: string }): void {
  if (input.text.length > 10_000) throw new RangeError('A card text is limited to 10,000 characters');
  transact(doc, () => {
    const card = recordOf(doc, 'cards', input.cardId);
    const text = card && cardText(card);
    if (text) replaceText(text, input.text);
  });
}

export function removeCards(doc: Y.Doc, input: { cardIds: readonly string[] }): void {
  transact(doc, () => {
    const cards = rootMap(doc, 'cards');
    for (const id of input.cardIds) {
      cards.delete(id);
      refreshCard(doc, id);
    }
  });
}

export function removeCard(doc: Y.Doc, input: { cardId: string }): void {
  removeCards(doc, { cardIds: [input.cardId] });
}

/** Duplicates cards right after each original, in the same cell; returns the new ids. */
export function duplicateCards(doc: Y.Doc, input: { cards: readonly Card[] }): string[] {
  return transact(doc, () => {
    const ids: string[] = [];
    for (const card of input.cards) {
      const siblings = cardSiblings(doc, card.journeyId, cellOfCard(card));
      const at = siblings.findIndex((s) => s.id === card.id);
      const [id] = addCards(doc, {
        journeyId: card.journeyId,
        cards: [{ ...toNewCard(card), before: siblings[at + 1]?.id ?? null }],
      });
      if (id) ids.push(id);
    }
    return ids;
  });
}

export function cellOfCard(card: Pick<Card, 'phaseId' | 'channelId'>): Cell | null {
  return card.phaseId && card.channelId ? { phaseId: card.phaseId, channelId: card.channelId } : null;
}

/** A snapshot card as input for addCards (copy/paste, duplicate): content only, no votes or ratings. */
export function toNewCard(card: Card): NewCard {
  return {
    kind: card.kind,
    text: card.text,
    cell: cellOfCard(card),
    does: card.does,
    thinks: card.thinks,
    feels: card.feels,
    needs: card.needs,
    goal: card.goal,
    department: card.department,
    keyMoment: card.keyMoment,
    emotion: card.emotion,
    csat: card.csat,
    nps: card.nps,
    ces: card.ces,
    severity: card.severity,
    feedback: card.feedback ? [...card.feedback] : undefined,
    touchpointId: card.touchpointId,
    color: card.color,
  };
}
