/**
 * Who may edit or delete a comment. Participant ids are public (ratings and votes are keyed by
 * them), so they prove nothing. Each device keeps a random comment secret; it presents the secret
 * when it connects (the relay's `author` query parameter) and the server derives its key with
 * `authorKeyOf`; a comment stores its author's key (public: a hash), and the server lets a
 * connection write a new comment only under its own key and change or delete only comments with
 * its key (comments/rights.ts). The client computes the same key to write it.
 */
import { digest } from 'lib0/hash/sha256';

/** Shortest accepted secret (the web app's are 32 hex characters, 128 bits). */
export const MIN_AUTHOR_SECRET_LENGTH = 16;
export const MAX_AUTHOR_SECRET_LENGTH = 128;

/** 128 bits of SHA-256 of the secret, hex (32 characters). Null for a secret out of bounds. */
export function authorKeyOf(secret: string): string | null {
  if (secret.length < MIN_AUTHOR_SECRET_LENGTH || secret.length > MAX_AUTHOR_SECRET_LENGTH) return null;
  const hash = digest(new TextEncoder().encode(`parcours-comment-author:${secret}`));
  let hex = '';
  for (const byte of hash.subarray(0, 16)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
