/** The author fields a comment stores, validated as the server's check does (trust/layout.ts). */
import { isSafeKey, type YRecord } from '../doc';
import { MAX_NAME_LENGTH } from './body';
import type { CommentAuthor } from './types';

export function toAuthorFields(author: CommentAuthor): { authorId: string; authorName: string; authorKey: string } {
  if (!isSafeKey(author.id)) throw new RangeError('Invalid participant id');
  if (!isSafeKey(author.key)) throw new RangeError('Invalid author key');
  const name = author.name.trim().slice(0, MAX_NAME_LENGTH);
  return { authorId: author.id, authorName: name, authorKey: author.key };
}

/** Whether `author` wrote the stored comment (the server checks the same on every update). */
export function isAuthorOf(record: YRecord, author: Pick<CommentAuthor, 'key'>): boolean {
  return record.get('authorKey') === author.key;
}
