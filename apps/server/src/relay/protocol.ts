/**
 * What the relay does with each client message (the format is wire.ts): a table from message
 * type to handler. Handlers act on the peer's room for the peer, through the narrow interfaces
 * of peer.ts; a malformed message throws (ProtocolError or a lib0 decoding error) and the caller
 * closes only that connection.
 */
import { admitUpdate, withoutFacilitatorClaims } from './facilitation';
import type { Peer, PeerRoom } from './peer';
import { type ClientMessage, encodeAwareness, isEmptyUpdate, readAwarenessUpdate, readClientMessage } from './wire';

type Handlers = {
  readonly [T in ClientMessage['type']]: (
    room: PeerRoom,
    peer: Peer,
    message: Extract<ClientMessage, { type: T }>,
  ) => void;
};

const handlers: Handlers = {
  // Answered once stored (what the client receives survives a crash), one at a time (connection.ts).
  syncStep1: (_room, peer, { stateVector }) => peer.requestSync(stateVector),
  update: onUpdate,
  awareness: onAwareness,
  queryAwareness: (room, peer) => {
    const present = room.awareness.present();
    if (present.length > 0) peer.send(encodeAwareness(present));
  },
};

export function handleFrame(room: PeerRoom, peer: Peer, frame: Uint8Array): void {
  const message = readClientMessage(frame);
  (handlers[message.type] as (room: PeerRoom, peer: Peer, message: ClientMessage) => void)(room, peer, message);
}

function onUpdate(room: PeerRoom, peer: Peer, { update }: { update: Uint8Array }): void {
  if (!peer.canEdit || isEmptyUpdate(update)) return; // a viewer's edits are dropped, never stored
  if (!admitUpdate(room, peer, update)) return; // refused by the model's check (layout, bounds, rights): connection closed
  room.applyClientUpdate(update, peer);
}

function onAwareness(room: PeerRoom, peer: Peer, { payload }: { payload: Uint8Array }): void {
  if (!peer.takeAwarenessToken()) return; // over the rate: dropped, the connection stays
  const entries = readAwarenessUpdate(payload);
  if (entries === null) return; // a state over the size limit: dropped
  const own = peer.claimAwareness(entries);
  const allowed = withoutFacilitatorClaims(peer, own); // only a facilitator presents or leads
  if (allowed.length === 0) return;
  room.relayAwareness(allowed, peer);
}
