import type * as Y from 'yjs';
import { transact } from '../commands/transact';
import { commentOf } from '../doc';

/** Reopens a resolved thread. */
export function reopenThread(doc: Y.Doc, input: { threadId: string }): void {
  transact(doc, () => {
    const record = commentOf(doc, input.threadId);
    if (record?.has('resolved')) record.delete('resolved');
  });
}
