/**
 * A comment's body: validation and plain-text forms. The same rules run in the commands (a clear
 * error for the author) and in the server's check of every update (trust/layout.ts), so a client
 * that skips the commands cannot store more.
 */
import { isSafeKey } from '../doc';
import type { CommentMention, CommentPart } from './types';

/** Characters of one comment (text and mentioned names), documented in docs/FORMAT.md and docs/API.md. */
export const MAX_COMMENT_LENGTH = 5_000;
/** Parts of one body (text runs and mentions). */
export const MAX_COMMENT_PARTS = 200;
/** A display name, as participants choose them (40 in the web app), with room to spare. */
export const MAX_NAME_LENGTH = 100;

export function isMention(part: unknown): part is CommentMention {
  if (typeof part !== 'object' || part === null || Array.isArray(part)) return false;
  const keys = Object.keys(part);
  const { mention, name } = part as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof mention === 'string' &&
    isSafeKey(mention) &&
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH
  );
}

/** Characters a body counts against MAX_COMMENT_LENGTH. */
export function bodyLength(body: readonly CommentPart[]): number {
  let length = 0;
  for (const part of body) length += typeof part === 'string' ? part.length : part.name.length + 1;
  return length;
}

/** Whether a stored value is a body within the limits (an empty body is a deleted comment's). */
export function isCommentBody(value: unknown): value is readonly CommentPart[] {
  if (!Array.isArray(value) || value.length > MAX_COMMENT_PARTS) return false;
  if (!value.every((part) => typeof part === 'string' || isMention(part))) return false;
  return bodyLength(value as CommentPart[]) <= MAX_COMMENT_LENGTH;
}

/** The body as one plain string, mentions as `@Name` (table view, CSV, notifications). */
export function bodyText(body: readonly CommentPart[]): string {
  return body.map((part) => (typeof part === 'string' ? part : `@${part.name}`)).join('');
}

/** The participant ids a body mentions, once each. */
export function mentionedIds(body: readonly CommentPart[]): string[] {
  return [...new Set(body.filter((p): p is CommentMention => typeof p !== 'string').map((p) => p.mention))];
}

export class CommentError extends RangeError {
  constructor(
    readonly code: 'empty' | 'too-long' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'CommentError';
  }
}

/**
 * A body as the commands store it: adjacent text runs merged, empty runs dropped. Throws a
 * CommentError when it is empty, over MAX_COMMENT_LENGTH or not a body at all.
 */
export function toCommentBody(input: readonly CommentPart[] | string): CommentPart[] {
  const parts = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(parts)) throw new CommentError('invalid', 'A comment is text and mentions');
  const out: CommentPart[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      if (part === '') continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else if (isMention(part)) out.push({ mention: part.mention, name: part.name });
    else throw new CommentError('invalid', 'A mention names a participant id and a display name');
  }
  if (bodyText(out).trim() === '') throw new CommentError('empty', 'A comment cannot be empty');
  const length = bodyLength(out);
  if (length > MAX_COMMENT_LENGTH)
    throw new CommentError(
      'too-long',
      `A comment is at most ${MAX_COMMENT_LENGTH} characters (this one has ${length})`,
    );
  if (out.length > MAX_COMMENT_PARTS)
    throw new CommentError('too-long', `A comment has at most ${MAX_COMMENT_PARTS} mentions and text runs`);
  return out;
}
