import { LOCAL_ORIGIN } from '@parcours/journey';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/**
 * Counts this user's changes made while the socket is not synced (offline, reconnecting): those
 * live only in this device's IndexedDB until the next sync sends them. The count goes back to 0
 * when the provider syncs again, since its sync step sends everything the server lacks.
 */
export function trackUnsynced(doc: Y.Doc, provider: WebsocketProvider, onChange: (count: number) => void): () => void {
  let count = 0;
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_ORIGIN) return;
    if (provider.wsconnected && provider.synced) return;
    count += 1;
    onChange(count);
  };
  const onSync = (synced: boolean) => {
    if (synced && count > 0) {
      count = 0;
      onChange(0);
    }
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  return () => {
    doc.off('update', onUpdate);
    provider.off('sync', onSync);
  };
}
