import * as Y from 'yjs';
import { phaseKpis, recordOf, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore, sortByOrder } from '../order';
import { addAxis, removeAxis, renameAxis } from './axes';
import { moveRecord } from './siblings';
import { transact } from './transact';

export function addPhase(
  doc: Y.Doc,
  input: { journeyId: string; name: string; id?: string; before?: string | null },
): string {
  return addAxis(doc, 'phases', input);
}

export function renamePhase(doc: Y.Doc, input: { phaseId: string; name: string }): void {
  renameAxis(doc, 'phases', input.phaseId, input.name);
}

export function movePhase(doc: Y.Doc, input: { phaseId: string; before?: string | null }): void {
  moveRecord(doc, 'phases', input.phaseId, input.before);
}

/**
 * Removes a phase; its cards go to the tray (unplaced), in one undoable step. A card moved into the
 * phase concurrently by a peer is unplaced on read, so it is never lost either.
 */
export function removePhase(doc: Y.Doc, input: { phaseId: string }): void {
  removeAxis(doc, 'phases', input.phaseId);
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
