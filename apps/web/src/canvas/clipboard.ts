import {
  CARD_KINDS,
  type Card,
  cardPatchSchema,
  MAX_CARDS_PER_INSERT,
  type NewCard,
  toNewCard,
} from '@parcours/journey';

/**
 * Cards on the system clipboard: a JSON array of `toNewCard` objects, so a paste into another board
 * (or another app that understands it) carries content but no votes, ratings or ids.
 */

export function toClipboardText(cards: readonly Card[]): string {
  return JSON.stringify(cards.map(toNewCard));
}

export type ClipboardParse =
  | { readonly ok: true; readonly cards: readonly NewCard[] }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'tooMany'; readonly count: number };

/** Past this size the text cannot be a paste of acceptable cards; refuse before parsing it. */
const MAX_TEXT = 10_000 * MAX_CARDS_PER_INSERT;

/**
 * Reads clipboard text as cards, all or nothing: any malformed card rejects the whole paste, so a
 * paste never half-happens. Place (cell, before) and ids are dropped; the caller decides where.
 */
export function parseClipboard(text: string): ClipboardParse {
  if (text.length > MAX_TEXT) return { ok: false, reason: 'tooMany', count: Math.ceil(text.length / 100) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!Array.isArray(value) || value.length === 0) return { ok: false, reason: 'invalid' };
  if (value.length > MAX_CARDS_PER_INSERT) return { ok: false, reason: 'tooMany', count: value.length };
  const cards: NewCard[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, reason: 'invalid' };
    const { kind, text: cardText, cell: _cell, before: _before, id: _id, ...rest } = item as Record<string, unknown>;
    if (typeof kind !== 'string' || !(CARD_KINDS as readonly string[]).includes(kind))
      return { ok: false, reason: 'invalid' };
    if (cardText !== undefined && (typeof cardText !== 'string' || cardText.length > 10_000))
      return { ok: false, reason: 'invalid' };
    // JSON has no undefined: absent optional fields may come back as null, which the patch schema takes as "none".
    const patch = cardPatchSchema.safeParse({ kind, ...rest });
    if (!patch.success) return { ok: false, reason: 'invalid' };
    cards.push({ ...patch.data, kind: kind as NewCard['kind'], text: cardText ?? '' } as NewCard);
  }
  return { ok: true, cards };
}
