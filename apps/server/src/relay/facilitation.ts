/**
 * The trust boundary, on the model's terms (@parcours/journey `checkUpdate`): every client's update,
 * the facilitator's included, is checked against the board's layout, the bounds of one update
 * (size, clients, the work Yjs would do to integrate it) and the role's rights (a participant never
 * locks, times, reveals, votes for everyone or, while locked, changes the structure). A refused
 * update is refused whole before it touches the room's doc, so it is never stored nor relayed.
 * Yjs cannot take back part of a client's history (its next updates would depend on the refused
 * one), so that connection is closed (4403) and the client resyncs from the board as stored.
 *
 * Presence follows the same rule: only a facilitator connection may speak as the facilitator
 * (`role: 'facilitator'`, `presenting`, which make the others' views follow it).
 */
import { checkUpdate } from '@parcours/journey';
import { ProtocolError } from './errors';
import type { Peer, PeerRoom } from './peer';
import type { AwarenessEntry } from './wire';

/**
 * True when the update may be applied. Otherwise the peer is refused with the reasons (closed
 * 4403 and logged by the connection); a malformed update is a bad frame (ProtocolError, 4400).
 */
export function admitUpdate(room: PeerRoom, peer: Peer, update: Uint8Array): boolean {
  const role = peer.role;
  if (role === null) return false;
  // Closing already: what follows a refused update is dropped, not applied nor logged again.
  if (!peer.open) return false;
  const check = checkUpdate(room.doc, update, role, {
    author: peer.author,
    participantId: peer.participantId,
    ...(room.scratchRoots ? { scratchRoots: room.scratchRoots } : {}),
  });
  if (check.ok) {
    peer.participantId ??= check.participantId ?? null;
    return true;
  }
  if (check.malformed) throw new ProtocolError('update rejected by Yjs');
  peer.refuse({ kind: 'forbidden', reasons: check.reasons, bytes: update.byteLength });
  return false;
}

/**
 * The entries with any facilitator claim taken out of their states, unless `peer` is a facilitator's.
 * The same array when nothing had to change (the caller then forwards the client's own bytes).
 */
export function withoutFacilitatorClaims(
  peer: Pick<Peer, 'role'>,
  entries: readonly AwarenessEntry[],
): readonly AwarenessEntry[] {
  if (peer.role === 'facilitator') return entries;
  let out: AwarenessEntry[] | null = null;
  entries.forEach((entry, i) => {
    const stripped = stripClaims(entry.state);
    if (stripped === entry.state) return;
    out ??= entries.slice();
    out[i] = { ...entry, state: stripped };
  });
  return out ?? entries;
}

function stripClaims(state: string): string {
  // The parsed object, as peers will read it: its text may spell a key with escapes ("r\u006fle").
  const value: unknown = JSON.parse(state);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return state;
  const record = value as Record<string, unknown>;
  if (record.role !== 'facilitator' && !('presenting' in record)) return state;
  const { role, presenting: _presenting, ...rest } = record;
  return JSON.stringify(role === 'facilitator' ? rest : { ...rest, role });
}
