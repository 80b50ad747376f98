/**
 * What each part of the relay needs of the others, and no more (as tldraw's `TLRoomSocket`): the
 * message handlers (protocol.ts, facilitation.ts) see a Peer and a PeerRoom, a room sees its
 * members, a connection sees the room it joined. connection.ts and room.ts implement these and
 * import each other's interfaces from here, not each other.
 */

import type { BoardRole } from '@parcours/journey';
import type * as Y from 'yjs';
import type { AwarenessTable } from './awareness';
import type { Refusal } from './errors';
import type { AwarenessEntry } from './wire';

/** The client a frame came from, as the message handlers see it. */
export interface Peer {
  readonly role: BoardRole | null;
  readonly canEdit: boolean;
  /** False once closing: what follows a refused update is dropped, not applied nor logged again. */
  readonly open: boolean;
  /** The comment author key the connection proved at connect (null: it may write no comment of its own). */
  readonly author: string | null;
  /** The participant id of its first comment: its later comments carry the same (bound on first use). */
  participantId: string | null;
  send(message: Uint8Array): void;
  /** Sync step 2 for this state vector, once everything received is stored (connection.ts). */
  requestSync(stateVector: Uint8Array): void;
  /** One awareness message's worth of its rate (false: over it, the message is dropped). */
  takeAwarenessToken(): boolean;
  /** The entries it may publish: for the client ids it speaks for, or may take (awareness.ts). */
  claimAwareness(entries: readonly AwarenessEntry[]): readonly AwarenessEntry[];
  /** Closes it, with the close code of the refusal's kind, and logs why. */
  refuse(refusal: Refusal): void;
}

/** The board a peer is in, as the message handlers see it. */
export interface PeerRoom {
  readonly id: string;
  /** The live doc (checks read it; an asleep board wakes). */
  readonly doc: Y.Doc;
  readonly scratchRoots: ReadonlySet<string> | undefined;
  readonly awareness: AwarenessTable;
  applyClientUpdate(update: Uint8Array, from: Peer): void;
  relayAwareness(entries: readonly AwarenessEntry[], from: Peer): void;
}

/** The room a connection joined, as that connection sees it. */
export interface JoinedRoom extends PeerRoom {
  /** Runs `callback` once every update applied so far is stored. */
  whenDurable(callback: () => void): void;
  /** The sync step 2 frame for a client with this state vector. */
  syncStep2(stateVector: Uint8Array): Uint8Array;
}

/** A connection, as the room it joins sees it. */
export interface RoomMember extends Peer {
  /** Awareness client ids it speaks for; they leave with it. */
  readonly clientIds: Set<number>;
  attach(room: JoinedRoom): void;
  close(code: number, reason: string): void;
}
