import { authorKeyOf } from '@parcours/journey';

/**
 * This device's comment secret: sent to the server when it connects (never shown, never in the doc),
 * which then lets this device, and only it, edit or delete the comments it wrote. Comments carry the
 * secret's public key (`authorKeyOf`). Another device of the same person writes under its own key.
 */
const KEY = 'parcours.commentSecret';

export function loadCommentSecret(storage: Storage = localStorage): string {
  const known = storage.getItem(KEY);
  if (known && authorKeyOf(known)) return known;
  // getRandomValues works on plain-http self-hosted servers too (randomUUID does not).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const secret = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  storage.setItem(KEY, secret);
  return secret;
}

/** The key comments of this device carry. */
export function commentAuthorKey(storage: Storage = localStorage): string {
  return authorKeyOf(loadCommentSecret(storage))!;
}
