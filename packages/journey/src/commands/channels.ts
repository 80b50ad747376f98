import type * as Y from 'yjs';
import { addAxis, removeAxis, renameAxis } from './axes';
import { moveRecord } from './siblings';

export function addChannel(
  doc: Y.Doc,
  input: { journeyId: string; name: string; id?: string; before?: string | null },
): string {
  return addAxis(doc, 'channels', input);
}

export function renameChannel(doc: Y.Doc, input: { channelId: string; name: string }): void {
  renameAxis(doc, 'channels', input.channelId, input.name);
}

export function moveChannel(doc: Y.Doc, input: { channelId: string; before?: string | null }): void {
  moveRecord(doc, 'channels', input.channelId, input.before);
}

/** Removes a channel; its cards go to the tray, in one undoable step. */
export function removeChannel(doc: Y.Doc, input: { channelId: string }): void {
  removeAxis(doc, 'channels', input.channelId);
}
