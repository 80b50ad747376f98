import type * as Y from 'yjs';
import { insertRecord, recordOf, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore } from '../order';
import { unplaceCards } from './phases';
import { siblingsOf } from './siblings';
import { transact } from './transact';

export function addChannel(
  doc: Y.Doc,
  input: { journeyId: string; name: string; id?: string; before?: string | null },
): string {
  const id = input.id ?? newId();
  transact(doc, () => {
    if (!recordOf(doc, 'journeys', input.journeyId)) return;
    const order = orderBefore(siblingsOf(doc, 'channels', input.journeyId), input.before);
    insertRecord(doc, 'channels', id, { journeyId: input.journeyId, name: input.name, order });
  });
  return id;
}

export function renameChannel(doc: Y.Doc, input: { channelId: string; name: string }): void {
  transact(doc, () => {
    const channel = recordOf(doc, 'channels', input.channelId);
    if (channel) setField(channel, 'name', input.name);
  });
}

export function moveChannel(doc: Y.Doc, input: { channelId: string; before?: string | null }): void {
  transact(doc, () => {
    const channel = recordOf(doc, 'channels', input.channelId);
    if (!channel) return;
    const journeyId = String(channel.get('journeyId'));
    channel.set('order', orderBefore(siblingsOf(doc, 'channels', journeyId, undefined, input.channelId), input.before));
  });
}

/** Removes a channel; its cards go to the tray, in one undoable step. */
export function removeChannel(doc: Y.Doc, input: { channelId: string }): void {
  transact(doc, () => unplaceCards(doc, 'channels', input.channelId));
}
