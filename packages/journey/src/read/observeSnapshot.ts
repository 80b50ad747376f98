import type * as Y from 'yjs';
import { commentsMap, metaMap, RECORD_KINDS, rootMap, sessionMap } from '../doc';
import type { Snapshot } from '../types';
import { SnapshotReader } from './snapshotReader';

/**
 * Calls `onSnapshot` now with the current snapshot, then after every transaction that changed the
 * board, with a new snapshot that keeps the identity of every unchanged record (structural sharing),
 * so memoised views skip what did not change. Returns the function that stops observing.
 */
export function observeSnapshot(
  doc: Y.Doc,
  onSnapshot: (snapshot: Snapshot, transaction: Y.Transaction | null) => void,
): () => void {
  const reader = new SnapshotReader(doc);
  const stops: (() => void)[] = [];
  for (const kind of RECORD_KINDS) {
    const root = rootMap(doc, kind);
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => reader.markFromEvents(kind, events);
    root.observeDeep(handler);
    stops.push(() => root.unobserveDeep(handler));
  }
  const comments = commentsMap(doc);
  const onComments = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => reader.markComments(events);
  comments.observeDeep(onComments);
  stops.push(() => comments.unobserveDeep(onComments));
  const meta = metaMap(doc);
  const onMeta = () => reader.markMeta();
  meta.observe(onMeta);
  stops.push(() => meta.unobserve(onMeta));
  const session = sessionMap(doc);
  const onSession = () => reader.markSession();
  session.observe(onSession);
  stops.push(() => session.unobserve(onSession));
  // Deep observers run before 'afterTransaction', so by then every change of the transaction is marked.
  const afterTransaction = (transaction: Y.Transaction) => {
    if (reader.hasChanges) onSnapshot(reader.read(), transaction);
  };
  doc.on('afterTransaction', afterTransaction);
  stops.push(() => doc.off('afterTransaction', afterTransaction));
  onSnapshot(reader.read(), null);
  return () => {
    for (const stop of stops) stop();
  };
}
