import { phaseKpis, RECORD_KINDS, records, recordsOf, type YRecord } from '../doc';
import { type Ordered, ordersBetween, sortByOrder } from '../order';
import type { Migration } from './migration';

/**
 * Version 2 re-keys every ordered record with `fractional-indexing` keys (order.ts): the earlier
 * hand-made keys grew by one character per move to the top and are not valid keys of the library.
 * All records of a kind (and all KPIs) are sorted together by the old keys and id, the order every
 * list showed, and given consecutive new keys: a monotone mapping, so every list (a cell, a
 * journey's phases...) keeps its order, ties between equal old keys included. Whoever runs it on the
 * same doc writes the same keys.
 */
export const fractionalKeys: Migration = {
  version: 2,
  description: 'Re-key order fields with fractional-indexing keys, keeping every list in its order',
  up(doc) {
    for (const kind of RECORD_KINDS) rekey([...recordsOf(doc, kind)]);
    const kpis: [string, YRecord][] = [];
    for (const [phaseId, phase] of recordsOf(doc, 'phases')) {
      // KPI ids are unique per phase only: the phase id keeps the tie-break total and the same on every peer.
      const map = phaseKpis(phase);
      for (const [kpiId, kpi] of map ? records(map) : []) kpis.push([`${phaseId}\u0000${kpiId}`, kpi]);
    }
    rekey(kpis);
  },
};

function rekey(entries: readonly [string, YRecord][]): void {
  const byId = new Map(entries);
  const ordered: Ordered[] = entries.map(([id, record]) => ({ id, order: String(record.get('order') ?? '') }));
  const sorted = sortByOrder(ordered);
  const keys = ordersBetween(null, null, sorted.length);
  sorted.forEach(({ id, order }, i) => {
    if (order !== keys[i]) byId.get(id)!.set('order', keys[i]!);
  });
}
