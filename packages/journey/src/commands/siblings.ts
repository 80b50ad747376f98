import type * as Y from 'yjs';
import { fromCellValue, type RecordKind, rootMap, type YRecord } from '../doc';
import { type Ordered, sortByOrder } from '../order';

/** Ordered (id, order) pairs of the records of one journey, optionally filtered, without `exceptId`. */
export function siblingsOf(
  doc: Y.Doc,
  kind: RecordKind,
  journeyId: string | null,
  filter?: (record: YRecord) => boolean,
  exceptId?: string,
): Ordered[] {
  const out: Ordered[] = [];
  for (const [id, record] of rootMap(doc, kind)) {
    if (id === exceptId) continue;
    if (journeyId !== null && record.get('journeyId') !== journeyId) continue;
    if (filter && !filter(record)) continue;
    out.push({ id, order: String(record.get('order') ?? '') });
  }
  return sortByOrder(out);
}

/** The filter for the cards of one cell (or of the tray, when `cell` is null). */
export function inCell(cell: { phaseId: string; channelId: string } | null): (record: YRecord) => boolean {
  return (record) => {
    const at = fromCellValue(record.get('cell'));
    if (!cell) return at === null;
    return at !== null && at.phaseId === cell.phaseId && at.channelId === cell.channelId;
  };
}
