import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../origin';

/** Runs one user intent as one transaction with the local origin, so a per-user undo manager tracks it. */
export function transact<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}
