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
import type { AwarenessEntry } from './awareness';
import type { Connection } from './connection';
import { CloseCode, ProtocolError } from './errors';
import type { Room } from './room';

/**
 * True when the update may be applied. Otherwise the connection is closed with the reasons (and
 * logged); a malformed update is a bad frame (ProtocolError, 4400) as before.
 */
export function admitUpdate(room: Room, conn: Connection, update: Uint8Array): boolean {
  const role = conn.role;
  if (role === null) return false;
  // Closing already: what follows a refused update is dropped, not applied nor logged again.
  if (conn.socket.readyState !== conn.socket.OPEN) return false;
  const check = checkUpdate(room.doc, update, role, {
    author: conn.author,
    participantId: conn.participantId,
    ...(room.scratchRoots ? { scratchRoots: room.scratchRoots } : {}),
  });
  if (check.ok) {
    conn.participantId ??= check.participantId ?? null;
    return true;
  }
  if (check.malformed) throw new ProtocolError('update rejected by Yjs');
  const { reasons } = check;
  const reason = `forbidden: ${reasons.join('; ')}`;
  conn.log.warn(
    { boardId: room.id, role, reasons, bytes: update.byteLength },
    'refused a client update and closed its connection',
  );
  // A websocket close reason is at most 123 bytes.
  conn.close(CloseCode.forbidden, truncateUtf8(reason, 123));
  return false;
}

/**
 * The entries with any facilitator claim taken out of their states, unless `conn` is a facilitator's.
 * The same array when nothing had to change (the caller then forwards the client's own bytes).
 */
export function withoutFacilitatorClaims(
  conn: Connection,
  entries: readonly AwarenessEntry[],
): readonly AwarenessEntry[] {
  if (conn.role === 'facilitator') return entries;
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

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let out = text;
  while (encoder.encode(`${out}…`).byteLength > maxBytes) out = out.slice(0, -1);
  return `${out}…`;
}
