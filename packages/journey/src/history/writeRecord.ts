/**
 * Makes one record of the live doc equal to its form in an older snapshot, writing only what
 * differs: a field that did not change makes no update, a card's text gets the smallest edit
 * (replaceText), ratings, votes and KPIs are synced key by key. So a restore that brings back one
 * field leaves a peer's concurrent typing in the same card alone.
 *
 * Fields absent from the snapshot record are deleted: the snapshot is the state to reach.
 */
import * as Y from 'yjs';
import {
  actionCardIds,
  cardRatings,
  cardText,
  cardVotes,
  insertRecord,
  phaseKpis,
  type RecordKind,
  recordOf,
  replaceText,
  setField,
  toCellValue,
  type YRecord,
} from '../doc';
import { RECORD_READERS } from '../read/records';
import { RECORD_FIELDS, type ValueShape } from '../trust/layout';
import type { Action, Card, Channel, Journey, Persona, Phase } from '../types';

export type AnyRecord = Persona | Journey | Phase | Channel | Card | Action;

/** Shapes of the nested shared types, which writeRecord syncs apart (text, ratings, votes, KPIs, card ids). */
const NESTED: ReadonlySet<ValueShape> = new Set<ValueShape>(['text', 'numberMap', 'kpiMap', 'stringArray']);

/**
 * The plain (non-nested) fields of each kind, as stored, from a snapshot record. The keys are the
 * layout's (trust/layout.ts), so a field the layout learns is restored too; a snapshot record holds
 * each under the same name, but for a card's `cell` (its phaseId and channelId).
 */
function plainFields(kind: RecordKind, record: AnyRecord): Record<string, unknown> {
  const source = record as unknown as Readonly<Record<string, unknown>>;
  const fields: Record<string, unknown> = {};
  for (const [key, shape] of Object.entries(RECORD_FIELDS[kind])) {
    if (NESTED.has(shape)) continue;
    fields[key] = key === 'cell' ? toCellValue((record as Card).phaseId, (record as Card).channelId) : source[key];
  }
  return fields;
}

/**
 * Writes `record` (a snapshot record) into the doc: creates it when absent (or when the live one
 * lacks its nested types), else updates only the fields that differ. Must run inside a transaction.
 */
export function writeRecord(doc: Y.Doc, kind: RecordKind, record: AnyRecord): void {
  const fields = plainFields(kind, record);
  const live = recordOf(doc, kind, record.id);
  if (!live || !hasNested(kind, live)) {
    const created = insertRecord(doc, kind, record.id, {
      ...withoutNulls(fields),
      ...(kind === 'cards' ? nestedCard(record as Card) : {}),
      ...(kind === 'actions' ? { cardIds: (record as Action).cardIds } : {}),
    });
    if (kind === 'phases') syncKpis(created, record as Phase);
    return;
  }
  // Keys the layout does not know are left alone. A field that already reads as the target (an
  // absent keyMoment reads false, an absent stage 'as-is'...) is not written.
  const current = RECORD_READERS[kind](record.id, live) as unknown as Readonly<Record<string, unknown>>;
  const target = record as unknown as Readonly<Record<string, unknown>>;
  for (const [key, value] of Object.entries(fields)) {
    const same =
      key === 'cell'
        ? current.phaseId === target.phaseId && current.channelId === target.channelId
        : sameValue(current[key], target[key]);
    if (!same) setField(live, key, value);
  }
  switch (kind) {
    case 'cards': {
      const card = record as Card;
      replaceText(cardText(live)!, card.text);
      syncNumbers(cardRatings(live)!, card.ratings);
      syncNumbers(cardVotes(live)!, card.votes);
      return;
    }
    case 'phases':
      syncKpis(live, record as Phase);
      return;
    case 'actions':
      syncList(actionCardIds(live)!, (record as Action).cardIds);
      return;
    default:
      return;
  }
}

/** Plain values, and arrays of them (goals, frustrations, feedback). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // A plain object value (a card's picture reference): equal when its fields are.
  if (isPlainObject(a) && isPlainObject(b)) return JSON.stringify(a) === JSON.stringify(b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType);
}

function hasNested(kind: RecordKind, live: YRecord): boolean {
  if (kind === 'cards') return !!cardText(live) && !!cardRatings(live) && !!cardVotes(live);
  if (kind === 'phases') return !!phaseKpis(live);
  if (kind === 'actions') return !!actionCardIds(live);
  return true;
}

function nestedCard(card: Card): Record<string, unknown> {
  return { text: card.text, ratings: card.ratings, votes: card.votes };
}

function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

function syncNumbers(map: Y.Map<number>, target: Readonly<Record<string, number>>): void {
  for (const key of [...map.keys()]) if (!(key in target)) map.delete(key);
  for (const [key, value] of Object.entries(target)) if (map.get(key) !== value) map.set(key, value);
}

function syncKpis(phase: YRecord, target: Phase): void {
  const kpis = phaseKpis(phase);
  if (!kpis) return;
  const wanted = new Set(target.kpis.map((k) => k.id));
  for (const key of [...kpis.keys()]) if (!wanted.has(key)) kpis.delete(key);
  for (const kpi of target.kpis) {
    let live: unknown = kpis.get(kpi.id);
    if (!(live instanceof Y.Map)) {
      live = new Y.Map<unknown>();
      kpis.set(kpi.id, live as YRecord);
    }
    const record = live as YRecord;
    const fields: Record<string, unknown> = {
      order: kpi.order,
      name: kpi.name,
      value: kpi.value,
      target: kpi.target,
      unit: kpi.unit,
    };
    for (const [key, value] of Object.entries(fields)) setField(record, key, value);
    for (const key of [...record.keys()]) if (!(key in fields)) record.delete(key);
  }
}

/** Replaces the middle of a list that differs (common head and tail kept). */
function syncList(list: Y.Array<string>, target: readonly string[]): void {
  const current = list.toArray();
  let start = 0;
  while (start < current.length && start < target.length && current[start] === target[start]) start++;
  let end = 0;
  while (
    end < current.length - start &&
    end < target.length - start &&
    current[current.length - 1 - end] === target[target.length - 1 - end]
  )
    end++;
  const removed = current.length - start - end;
  if (removed > 0) list.delete(start, removed);
  const inserted = target.slice(start, target.length - end);
  if (inserted.length > 0) list.insert(start, inserted);
}
