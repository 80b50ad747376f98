/**
 * Participants without a browser: one stock y-websocket provider per person, from node, on the
 * board's edit link, each publishing the presence a Parcours client does (a name and a colour).
 * Fifteen browser contexts would load the machine; fifteen sockets do not.
 */

import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const COLORS = ['#dc2626', '#ea580c', '#ca8a04', '#16a34a', '#0891b2', '#2563eb', '#7c3aed', '#db2777'];

export interface FakePeers {
  destroy(): void;
}

/** Joins `names` to the board of `editLink` (the link the share dialog shows) and waits until all are synced. */
export async function joinFakePeers(editLink: string, names: readonly string[]): Promise<FakePeers> {
  const url = new URL(editLink);
  const boardId = url.pathname.split('/').at(-1)!;
  const token = url.searchParams.get('token')!;
  const syncUrl = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}/sync`;
  const peers = names.map((name, i) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl, boardId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token },
      disableBc: true,
    });
    provider.awareness.setLocalState({
      user: { id: `fake-${i}`, name, color: COLORS[i % COLORS.length]! },
      cursor: null,
      selection: [],
    });
    return { doc, provider };
  });
  const deadline = Date.now() + 20_000;
  while (!peers.every((p) => p.provider.synced)) {
    if (Date.now() > deadline) throw new Error('fake peers did not sync');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    destroy() {
      for (const { doc, provider } of peers) {
        provider.destroy();
        doc.destroy();
      }
    },
  };
}
