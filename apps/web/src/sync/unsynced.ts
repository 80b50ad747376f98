import { changedRecords, LOCAL_ORIGIN } from '@parcours/journey';
import type * as Y from 'yjs';

/** What trackUnsynced needs of the provider (a y-websocket WebsocketProvider). */
interface SyncState {
  readonly wsconnected: boolean;
  readonly synced: boolean;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
}

/**
 * Counts this user's changes made while the socket is not synced (offline, reconnecting): those
 * live only in this device's IndexedDB until the next sync sends them. A change is a record (a
 * card, a phase, the board's title...) changed, not a Yjs update: typing a sentence in one card is
 * one change, not one per keystroke. The count goes back to 0 when the provider syncs again, since
 * its sync step sends everything the server lacks.
 */
export function trackUnsynced(doc: Y.Doc, provider: SyncState, onChange: (count: number) => void): () => void {
  const changed = new Set<string>();
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== LOCAL_ORIGIN) return;
    if (provider.wsconnected && provider.synced) return;
    const before = changed.size;
    for (const key of changedRecords(doc, transaction)) changed.add(key);
    if (changed.size !== before) onChange(changed.size);
  };
  const onSync = (synced: boolean) => {
    if (synced && changed.size > 0) {
      changed.clear();
      onChange(0);
    }
  };
  doc.on('afterTransaction', onTransaction);
  provider.on('sync', onSync);
  return () => {
    doc.off('afterTransaction', onTransaction);
    provider.off('sync', onSync);
  };
}
