import type * as Y from 'yjs';
import { type RecordKind, recordOf, recordsOf, type YRecord } from '../doc';
import { type Ordered, orderBefore, sortByOrder } from '../order';
import { transact } from './transact';

/** Ordered (id, order) pairs of the records of one journey, optionally filtered, without `exceptId`. Cards use cardIndex.ts instead. */
export function siblingsOf(
  doc: Y.Doc,
  kind: RecordKind,
  journeyId: string | null,
  filter?: (record: YRecord) => boolean,
  exceptId?: string,
): Ordered[] {
  const out: Ordered[] = [];
  for (const [id, record] of recordsOf(doc, kind)) {
    if (id === exceptId) continue;
    if (journeyId !== null && record.get('journeyId') !== journeyId) continue;
    if (filter && !filter(record)) continue;
    out.push({ id, order: String(record.get('order') ?? '') });
  }
  return sortByOrder(out);
}

/**
 * Moves a record before `before` among its siblings (those of its journey; for personas and journeys,
 * those of the board), or to the end: one order key rewritten. A record deleted meanwhile: nothing to do.
 */
export function moveRecord(doc: Y.Doc, kind: Exclude<RecordKind, 'cards'>, id: string, before?: string | null): void {
  transact(doc, () => {
    const record = recordOf(doc, kind, id);
    if (!record) return;
    const journeyId = kind === 'personas' || kind === 'journeys' ? null : String(record.get('journeyId'));
    record.set('order', orderBefore(siblingsOf(doc, kind, journeyId, undefined, id), before));
  });
}
