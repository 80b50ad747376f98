import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * One board's replicas: the Y.Doc, kept on this device by IndexedDB (so the board opens offline and
 * offline edits merge when the socket returns), and synced through the server's `/sync` websocket.
 */
export interface BoardConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  destroy(): void;
}

/** The websocket origin of the page's own server (the Vite dev server proxies it). */
export function wsBase(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

/** `author`: this device's comment secret (store/commentSecret.ts): the server lets it edit its own comments. */
export function connectBoard(boardId: string, token: string, author?: string): BoardConnection {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`parcours-board-${boardId}`, doc);
  const provider = new WebsocketProvider(`${wsBase()}/sync`, boardId, doc, {
    params: author ? { token, author } : { token },
    // 44xx close codes (bad token, unknown board) stop reconnecting: y-websocket's default, kept on purpose.
    maxBackoffTime: 2500,
  });
  return {
    doc,
    provider,
    persistence,
    destroy() {
      provider.awareness.setLocalState(null);
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
