/**
 * Board ids and access tokens. Both are random and unguessable; only a token's SHA-256 is stored,
 * and a presented token is compared against every stored hash of its board in constant time.
 *
 * A board's tokens form a chain: the facilitator token is random, the edit token is derived from
 * it, and the view and comment tokens from the edit token (`deriveToken`). So whoever holds a link
 * can rebuild the links below it (a facilitator on any device can share the edit, comment and view
 * links, an editor the comment and view links) and no link gives the ones above, while the server
 * still stores hashes only. Boards created before the comment link have no comment token.
 */

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { BoardRole } from '@parcours/journey';
import type { StoredToken } from './storage/store';

/** 128 bits, base64url (22 characters). */
export function newBoardId(): string {
  return randomBytes(16).toString('base64url');
}

/** 192 bits, base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The token one step down the chain (HMAC-SHA-256 keyed by `from`, 192 bits kept, base64url). */
export function deriveToken(from: string, role: 'edit' | 'view' | 'comment'): string {
  return createHmac('sha256', from)
    .update(`parcours-board-token:${role}`)
    .digest()
    .subarray(0, 24)
    .toString('base64url');
}

/** A new board's four tokens, chained as above. */
export function newBoardTokens(): { facilitator: string; edit: string; view: string; comment: string } {
  const facilitator = newToken();
  const edit = deriveToken(facilitator, 'edit');
  return { facilitator, edit, view: deriveToken(edit, 'view'), comment: deriveToken(edit, 'comment') };
}

/**
 * The tokens the holder of `token` (whose role is `role`) may share: its own and those it derives,
 * each kept only if the board really has it (boards created before the chain have random tokens).
 */
export function shareableTokens(
  tokens: readonly StoredToken[],
  token: string,
  role: BoardRole,
): { facilitator?: string; edit?: string; view?: string; comment?: string } {
  const out: { facilitator?: string; edit?: string; view?: string; comment?: string } = { [role]: token };
  if (role === 'facilitator') {
    const edit = deriveToken(token, 'edit');
    if (roleOf(tokens, edit) === 'edit') out.edit = edit;
  }
  const fromEdit = out.edit;
  if (fromEdit) {
    const view = deriveToken(fromEdit, 'view');
    if (roleOf(tokens, view) === 'view') out.view = view;
    const comment = deriveToken(fromEdit, 'comment');
    if (roleOf(tokens, comment) === 'comment') out.comment = comment;
  }
  return out;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Board ids as we issue them; anything else cannot name a board. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

/** Whether two tokens are the same, in constant time on their hashes: never `===` on a token. */
export function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(hashToken(a), hashToken(b));
}

/** The role the token grants on a board with these token hashes, or null. */
export function roleOf(tokens: readonly StoredToken[], token: string | undefined): BoardRole | null {
  if (!token || token.length > 256) return null;
  const hash = hashToken(token);
  let role: BoardRole | null = null;
  // No early exit: the time taken does not depend on which hash (if any) matched.
  for (const stored of tokens) {
    if (stored.hash.byteLength === hash.byteLength && timingSafeEqual(stored.hash, hash)) role = stored.role;
  }
  return role;
}
