import * as Y from 'yjs';
import { fromCellValue, insertRecord, phaseKpis, recordOf, recordsOf, rootMap, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore, sortByOrder } from '../order';
import { cardSiblings, refreshCard } from './cardIndex';
import { siblingsOf } from './siblings';
import { transact } from './transact';

export function addPhase(
  doc: Y.Doc,
  input: { journeyId: string; name: string; id?: string; before?: string | null },
): string {
  const id = input.id ?? newId();
  transact(doc, () => {
    if (!recordOf(doc, 'journeys', input.journeyId)) return;
    const order = orderBefore(siblingsOf(doc, 'phases', input.journeyId), input.before);
    insertRecord(doc, 'phases', id, { journeyId: input.journeyId, name: input.name, order });
  });
  return id;
}

export function renamePhase(doc: Y.Doc, input: { phaseId: string; name: string }): void {
  transact(doc, () => {
    const phase = recordOf(doc, 'phases', input.phaseId);
    if (phase) setField(phase, 'name', input.name);
  });
}

export function movePhase(doc: Y.Doc, input: { phaseId: string; before?: string | null }): void {
  transact(doc, () => {
    const phase = recordOf(doc, 'phases', input.phaseId);
    if (!phase) return;
    const journeyId = String(phase.get('journeyId'));
    phase.set('order', orderBefore(siblingsOf(doc, 'phases', journeyId, undefined, input.phaseId), input.before));
  });
}

/**
 * Removes a phase; its cards go to the tray (unplaced), in one undoable step. A card moved into the
 * phase concurrently by a peer is unplaced on read, so it is never lost either.
 */
export function removePhase(doc: Y.Doc, input: { phaseId: string }): void {
  transact(doc, () => unplaceCards(doc, 'phases', input.phaseId));
}

/** Deletes a phase or channel record and sends the cards of its cells to the end of the tray. */
export function unplaceCards(doc: Y.Doc, kind: 'phases' | 'channels', id: string): void {
  const record = recordOf(doc, kind, id);
  if (!record) return;
  const journeyId = String(record.get('journeyId'));
  const key = kind === 'phases' ? 'phaseId' : 'channelId';
  const moving = [];
  for (const [cardId, card] of recordsOf(doc, 'cards')) {
    const cell = fromCellValue(card.get('cell'));
    if (cell && cell[key] === id) moving.push({ id: cardId, order: String(card.get('order') ?? ''), card });
  }
  const tray = cardSiblings(doc, journeyId, null);
  for (const { id: cardId, card } of sortByOrder(moving)) {
    const order = orderBefore(tray, null);
    card.set('cell', null);
    card.set('order', order);
    refreshCard(doc, cardId);
    tray.push({ id: cardId, order });
  }
  rootMap(doc, kind).delete(id);
}

export interface KpiFields {
  name?: string;
  value?: number | null;
  target?: number | null;
  unit?: string | null;
}

/** Creates (no kpiId, or an unknown one) or updates a KPI of a phase; returns its id. */
export function setKpi(doc: Y.Doc, input: KpiFields & { phaseId: string; kpiId?: string }): string {
  const kpiId = input.kpiId ?? newId();
  transact(doc, () => {
    const phase = recordOf(doc, 'phases', input.phaseId);
    const kpis = phase && phaseKpis(phase);
    if (!kpis) return;
    let kpi = kpis.get(kpiId);
    if (!kpi) {
      const last = sortByOrder([...kpis].map(([id, k]) => ({ id, order: String(k.get('order') ?? '') }))).at(-1);
      kpi = new Y.Map<unknown>();
      kpi.set('name', input.name ?? '');
      kpi.set('order', orderBefore(last ? [last] : [], null));
      kpis.set(kpiId, kpi);
    }
    for (const key of ['name', 'value', 'target', 'unit'] as const) {
      const value = input[key];
      if (value === undefined) continue;
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new RangeError(`KPI ${key} must be a finite number`);
      setField(kpi, key, value);
    }
  });
  return kpiId;
}

export function removeKpi(doc: Y.Doc, input: { phaseId: string; kpiId: string }): void {
  transact(doc, () => {
    const phase = recordOf(doc, 'phases', input.phaseId);
    phase && phaseKpis(phase)?.delete(input.kpiId);
  });
}
