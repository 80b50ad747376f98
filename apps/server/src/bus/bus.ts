/**
 * How the instances of one deployment tell each other about a board's changes: every instance
 * that has a board loaded subscribes to it, and publishes what its own clients did.
 *
 * Only two kinds of message cross: updates that are already stored (the publisher appended them
 * before publishing) and awareness. Never sync-step messages: a sync step 2 is computed for one
 * peer's state vector and carries the whole delete set, so an instance that overheard one meant
 * for a more up-to-date peer would apply deletions without the content that replaced what they
 * deleted (hocuspocus issue 1151). An instance that needs the whole state reads the store.
 *
 * Delivery is best effort (Redis pub/sub drops what arrives while a subscriber is disconnected):
 * onResync tells the relay when messages may have been missed, and it catches up from the store.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type BusMessage =
  /** A Yjs update that the publishing instance has stored. */
  | { readonly kind: 'update'; readonly update: Uint8Array }
  /** An awareness update (y-protocols encoding, without the y-websocket message type). */
  | { readonly kind: 'awareness'; readonly awareness: Uint8Array };

export interface BoardBus {
  /** Written into every message, so that an instance ignores its own. */
  readonly instanceId: string;
  /**
   * True when other instances may write the same boards: a room must then read the store before
   * compacting, since its own sequence numbers say nothing about what the others appended.
   */
  readonly shared: boolean;
  /**
   * Delivers the board's messages from other instances to `onMessage`, in publication order.
   * Resolves once the subscription is active: what is published afterwards is delivered.
   */
  subscribe(boardId: string, onMessage: (message: BusMessage) => void): Promise<void>;
  unsubscribe(boardId: string): Promise<void>;
  /** Sends to every other instance subscribed to the board. */
  publish(boardId: string, message: BusMessage): Promise<void>;
  /**
   * `callback` runs when messages may have been lost: after this instance reconnected to the bus,
   * and when another instance did (what it published while away never arrived).
   */
  onResync(callback: () => void): void;
  close(): Promise<void>;
}

/** Format version, first byte of every message: instances of different versions may share a bus. */
const WIRE_VERSION = 1;
const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;

export function encodeBusMessage(instanceId: string, message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, WIRE_VERSION);
  encoding.writeVarString(encoder, instanceId);
  if (message.kind === 'update') {
    encoding.writeVarUint(encoder, KIND_UPDATE);
    encoding.writeVarUint8Array(encoder, message.update);
  } else {
    encoding.writeVarUint(encoder, KIND_AWARENESS);
    encoding.writeVarUint8Array(encoder, message.awareness);
  }
  return encoding.toUint8Array(encoder);
}

/** The message and the instance that sent it, or null for a format this server does not know. */
export function decodeBusMessage(bytes: Uint8Array): { origin: string; message: BusMessage } | null {
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readUint8(decoder) !== WIRE_VERSION) return null;
  const origin = decoding.readVarString(decoder);
  const kind = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (kind === KIND_UPDATE) return { origin, message: { kind: 'update', update: payload } };
  if (kind === KIND_AWARENESS) return { origin, message: { kind: 'awareness', awareness: payload } };
  return null;
}
