import type * as Y from 'yjs';
import { type RecordKind, recordsOf, type YRecord } from '../doc';
import { type Ordered, sortByOrder } from '../order';

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
