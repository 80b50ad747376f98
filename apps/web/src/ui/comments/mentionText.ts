import type { CommentPart } from '@parcours/journey';
import type { Person } from './people';

/**
 * A typed text with the mentions picked from the suggestions, as a comment body: each `@Name` of a
 * picked person becomes a mention (longest names first, so "@Anne-Marie" is not "@Anne"); any
 * other `@` stays text.
 */
export function toBody(text: string, picked: readonly Person[]): CommentPart[] {
  const names = [...new Map(picked.map((p) => [p.name, p])).values()].sort((a, b) => b.name.length - a.name.length);
  const parts: CommentPart[] = [];
  let run = '';
  let i = 0;
  while (i < text.length) {
    const person = text[i] === '@' ? names.find((p) => text.startsWith(`@${p.name}`, i)) : undefined;
    if (person) {
      if (run) parts.push(run);
      run = '';
      parts.push({ mention: person.id, name: person.name });
      i += person.name.length + 1;
    } else {
      run += text[i];
      i++;
    }
  }
  if (run) parts.push(run);
  return parts;
}

/** The body back as editable text and its mentions (to edit a comment). */
export function fromBody(body: readonly CommentPart[]): { text: string; picked: Person[] } {
  const picked: Person[] = [];
  let text = '';
  for (const part of body) {
    if (typeof part === 'string') text += part;
    else {
      text += `@${part.name}`;
      picked.push({ id: part.mention, name: part.name });
    }
  }
  return { text, picked };
}

/** The `@query` being typed just before the caret, or null. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!)) return null; // an e-mail address, not a mention
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}
