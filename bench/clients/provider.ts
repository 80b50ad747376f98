/**
 * One stock client of one server: y-websocket's WebsocketProvider for Parcours and the reference
 * server, @hocuspocus/provider 3.4.4 for Hocuspocus (it speaks its own framing on top of the
 * y-protocols messages, so the stock provider cannot talk to it). Both use `ws` as WebSocket.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Target } from '../servers/handle';

export interface Client {
  /** Resolves once the server's state is in the doc (the provider's own "synced"). */
  readonly synced: Promise<void>;
  destroy(): void;
}

export function connectClient(target: Target, doc: Y.Doc): Client {
  return target.kind === 'hocuspocus' ? connectHocuspocus(target, doc) : connectYWebsocket(target, doc);
}

function connectYWebsocket(target: Target, doc: Y.Doc): Client {
  const url = target.kind === 'parcours' ? `ws://127.0.0.1:${target.port}/sync` : `ws://127.0.0.1:${target.port}`;
  const provider = new WebsocketProvider(url, target.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: target.token ? { token: target.token } : {},
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return { synced, destroy: () => provider.destroy() };
}

function connectHocuspocus(target: Target, doc: Y.Doc): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${target.port}`,
    WebSocketPolyfill: WebSocket,
  });
  let onSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    onSynced = resolve;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: target.room,
    document: doc,
    onSynced: ({ state }) => {
      if (state) onSynced();
    },
  });
  provider.attach();
  return {
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
