import * as Y from 'yjs';
import {
  cardText,
  fromCellValue,
  insertRecord,
  phaseKpis,
  records,
  recordsOf,
  toCellValue,
  type YRecord,
} from '../doc';
import { newId } from '../ids';

const SKIPPED = new Set(['journeyId', 'text', 'ratings', 'votes', 'kpis', 'cardIds', 'cell', 'touchpointId']);

function plainFields(record: YRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of record) if (!SKIPPED.has(key)) out[key] = value;
  return out;
}

/** Copies phases, channels, cards (and KPIs, text, links between cards) of one journey into another. Runs inside the caller's transaction. */
export function copyJourneyContent(doc: Y.Doc, fromJourneyId: string, toJourneyId: string): void {
  const newIds = new Map<string, string>();
  const mapped = (id: unknown) => (typeof id === 'string' ? newIds.get(id) : undefined);
  for (const kind of ['phases', 'channels', 'cards'] as const) {
    for (const [id, record] of recordsOf(doc, kind))
      if (record.get('journeyId') === fromJourneyId) newIds.set(id, newId());
  }
  for (const [id, phase] of [...recordsOf(doc, 'phases')]) {
    if (phase.get('journeyId') !== fromJourneyId) continue;
    const copy = insertRecord(doc, 'phases', newIds.get(id)!, { ...plainFields(phase), journeyId: toJourneyId });
    const kpis = phaseKpis(phase);
    const copyKpis = phaseKpis(copy);
    if (kpis && copyKpis) {
      for (const [, kpi] of records(kpis)) {
        const k = new Y.Map<unknown>();
        for (const [key, value] of kpi) k.set(key, value);
        copyKpis.set(newId(), k);
      }
    }
  }
  for (const [id, channel] of [...recordsOf(doc, 'channels')]) {
    if (channel.get('journeyId') !== fromJourneyId) continue;
    insertRecord(doc, 'channels', newIds.get(id)!, { ...plainFields(channel), journeyId: toJourneyId });
  }
  for (const [id, card] of [...recordsOf(doc, 'cards')]) {
    if (card.get('journeyId') !== fromJourneyId) continue;
    const cell = fromCellValue(card.get('cell'));
    const phaseId = cell ? mapped(cell.phaseId) : undefined;
    const channelId = cell ? mapped(cell.channelId) : undefined;
    insertRecord(doc, 'cards', newIds.get(id)!, {
      ...plainFields(card),
      journeyId: toJourneyId,
      cell: toCellValue(phaseId ?? null, channelId ?? null),
      text: cardText(card)?.toString() ?? '',
      touchpointId: mapped(card.get('touchpointId')),
    });
  }
  // Actions stay with the journey they were planned for: the to-be copy starts its own plan.
}
