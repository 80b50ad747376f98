/**
 * One stock client of one server: y-websocket's WebsocketProvider for Parcours and the reference
 * server, @hocuspocus/provider 4.7.0 for Hocuspocus 4.7.0 (it speaks its own framing on top of the
 * y-protocols messages, so the stock provider cannot talk to it). Both use `ws` as WebSocket.
 *
 * `updateFrame` and `sendRaw` serve the burst's pre-encoded mode: a writer sends updates it encoded
 * beforehand, one per websocket message, on the provider's own socket (so the server sees the same
 * connection and handshake), in the framing of that server.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Target } from '../servers/handle';

/** y-protocols: message type sync, sync step "update". Hocuspocus puts the document name first. */
const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

export interface Client {
  /** Resolves once the server's state is in the doc (the provider's own "synced"). */
  readonly synced: Promise<void>;
  /** The message this server expects for a Yjs update of this client's document. */
  updateFrame(update: Uint8Array): Uint8Array;
  /** Sends an encoded message on the provider's socket (false when it is not open). */
  sendRaw(frame: Uint8Array): boolean;
  destroy(): void;
}

export function connectClient(target: Target, doc: Y.Doc): Client {
  return target.kind === 'hocuspocus' ? connectHocuspocus(target, doc) : connectYWebsocket(target, doc);
}

function updateFrame(update: Uint8Array, documentName: string | null): Uint8Array {
  const encoder = encoding.createEncoder();
  if (documentName !== null) encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function sendOn(socket: { readyState: number; send(data: Uint8Array): void } | null, frame: Uint8Array): boolean {
  if (!socket || socket.readyState !== WebSocket.OPEN) return false;
  socket.send(frame);
  return true;
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
  return {
    synced,
    updateFrame: (update) => updateFrame(update, null),
    sendRaw: (frame) => sendOn(provider.ws as unknown as WebSocket | null, frame),
    destroy: () => provider.destroy(),
  };
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
    updateFrame: (update) => updateFrame(update, target.room),
    sendRaw: (frame) => sendOn(socket.webSocket as unknown as WebSocket | null, frame),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
