/**
 * Board ids and access tokens. Both are random and unguessable; only a token's SHA-256 is stored,
 * and a presented token is compared against every stored hash of its board in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role, StoredToken } from './storage/store';

/** 128 bits, base64url (22 characters). */
export function newBoardId(): string {
  return randomBytes(16).toString('base64url');
}

/** 192 bits, base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Board ids as we issue them; anything else cannot name a board. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

/** The role the token grants on a board with these token hashes, or null. */
export function roleOf(tokens: readonly StoredToken[], token: string | undefined): Role | null {
  if (!token || token.length > 256) return null;
  const hash = hashToken(token);
  let role: Role | null = null;
  // No early exit: the time taken does not depend on which hash (if any) matched.
  for (const stored of tokens) {
    if (stored.hash.byteLength === hash.byteLength && timingSafeEqual(stored.hash, hash)) role = stored.role;
  }
  return role;
}
