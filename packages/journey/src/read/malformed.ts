/**
 * What in a stored board does not have the layout's shape: records that are not maps, ids that are
 * not safe object keys, KPIs that are not maps, a schemaVersion that is not a version. The server
 * checks every update since issue 12 (trust/checkUpdate.ts), so only boards written before can hold
 * any; readers and commands skip them (doc.ts `records`), and the server logs this list.
 */
import * as Y from 'yjs';
import { isSafeKey, metaMap, phaseKpis, RECORD_KINDS, records, rootMap } from '../doc';

export interface Malformed {
  /** Where: `cards`, `phases.<id>.kpis`, `meta`... */
  readonly where: string;
  readonly key: string;
  readonly why: string;
}

/** At most `limit` entries (a poisoned board can hold many): enough to log, bounded to read. */
export function findMalformed(doc: Y.Doc, limit = 20): Malformed[] {
  const out: Malformed[] = [];
  const version = metaMap(doc).get('schemaVersion');
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version > 0))
    out.push({ where: 'meta', key: 'schemaVersion', why: `not a version: ${String(version).slice(0, 40)}` });
  for (const kind of RECORD_KINDS) {
    for (const [id, value] of rootMap(doc, kind) as Y.Map<unknown>) {
      if (out.length >= limit) return out;
      if (!isSafeKey(id)) out.push({ where: kind, key: id.slice(0, 40), why: 'unsafe id' });
      else if (!(value instanceof Y.Map)) out.push({ where: kind, key: id, why: `a ${typeName(value)}, not a map` });
    }
  }
  for (const [id, phase] of records(rootMap(doc, 'phases'))) {
    const kpis = phaseKpis(phase);
    if (!kpis) continue;
    for (const [kpiId, kpi] of kpis as Y.Map<unknown>) {
      if (out.length >= limit) return out;
      if (!isSafeKey(kpiId) || !(kpi instanceof Y.Map))
        out.push({ where: `phases.${id}.kpis`, key: kpiId.slice(0, 40), why: 'not a KPI map' });
    }
  }
  return out;
}

function typeName(value: unknown): string {
  if (value instanceof Y.AbstractType) return value.constructor.name;
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
