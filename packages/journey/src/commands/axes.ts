/**
 * Phases (columns) and channels (rows) are the grid's two axes: records of a journey with a name and
 * an order, added, renamed, moved and removed the same way. phases.ts and channels.ts name the verbs.
 */
import type * as Y from 'yjs';
import { fromCellValue, insertRecord, recordOf, recordsOf, rootMap, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore, sortByOrder } from '../order';
import { cardSiblings, refreshCard } from './cardIndex';
import { siblingsOf } from './siblings';
import { transact } from './transact';

export type Axis = 'phases' | 'channels';

export function addAxis(
  doc: Y.Doc,
  kind: Axis,
  input: { journeyId: string; name: string; id?: string; before?: string | null },
): string {
  const id = input.id ?? newId();
  transact(doc, () => {
    if (!recordOf(doc, 'journeys', input.journeyId)) return;
    const order = orderBefore(siblingsOf(doc, kind, input.journeyId), input.before);
    insertRecord(doc, kind, id, { journeyId: input.journeyId, name: input.name, order });
  });
  return id;
}

export function renameAxis(doc: Y.Doc, kind: Axis, id: string, name: string): void {
  transact(doc, () => {
    const record = recordOf(doc, kind, id);
    if (record) setField(record, 'name', name);
  });
}

/**
 * Removes a phase or channel; its cards go to the end of the tray (unplaced), in one undoable step. A
 * card moved into it concurrently by a peer is unplaced on read, so it is never lost either.
 */
export function removeAxis(doc: Y.Doc, kind: Axis, id: string): void {
  transact(doc, () => {
    const record = recordOf(doc, kind, id);
    if (!record) return;
    const journeyId = String(record.get('journeyId'));
    const key = kind === 'phases' ? 'phaseId' : 'channelId';
    const moving = [];
    for (const [cardId, card] of recordsOf(doc, 'cards')) {
      const cell = fromCellValue(card.get('cell'));
      if (cell && cell[key] === id) moving.push({ id: cardId, order: String(card.get('order') ?? ''), card });
    }
    const tray = cardSiblings(doc, journeyId, null);
    for (const { id: cardId, card } of sortByOrder(moving)) {
      const order = orderBefore(tray, null);
      card.set('cell', null);
      card.set('order', order);
      refreshCard(doc, cardId);
      tray.push({ id: cardId, order });
    }
    rootMap(doc, kind).delete(id);
  });
}
