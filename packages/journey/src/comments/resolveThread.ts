import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { commentOf } from '../doc';

/** Marks a thread resolved (anyone who may comment may; reopenThread undoes it). Hidden by default. */
export function resolveThread(doc: Y.Doc, input: { threadId: string }): void {
  transact(doc, () => {
    const record = commentOf(doc, input.threadId);
    if (!record || typeof record.get('thread') === 'string' || record.get('resolved') === true) return;
    record.set('resolved', true);
  });
}
