import type * as Y from 'yjs';
import { metaMap, setField } from '../doc';
import type { Locale } from '../types';
import { transact } from './transact';

export function renameBoard(doc: Y.Doc, input: { title: string }): void {
  transact(doc, () => setField(metaMap(doc) as Y.Map<unknown>, 'title', input.title.trim() || 'Sans titre'));
}

export function setBoardLocale(doc: Y.Doc, input: { locale: Locale }): void {
  if (input.locale !== 'fr' && input.locale !== 'en') throw new RangeError(`Unknown locale ${input.locale}`);
  transact(doc, () => setField(metaMap(doc) as Y.Map<unknown>, 'locale', input.locale));
}
