/**
 * The one place that knows how a board is laid out in its Y.Doc.
 *
 * Root maps, each from record id to a Y.Map record (flat, like tldraw's record store, so a
 * transaction's `changed` set tells exactly which records to re-read):
 *   meta      title, locale, schemaVersion
 *   personas  name, segment, description, goals[], frustrations[], quote, order
 *   journeys  title, personaId, stage, order
 *   phases    journeyId, name, order, kpis: Y.Map<kpiId, Y.Map{name, value, target, unit, order}>
 *   channels  journeyId, name, order, lane (service blueprint: customer | backstage | support; absent = frontstage)
 *   cards     journeyId, kind, cell: [phaseId, channelId] | null, order, text: Y.Text, does..department,
 *             keyMoment, emotion, ratings: Y.Map<participantId, -2..2>, votes: Y.Map<participantId, n>,
 *             csat, nps, ces, severity, feedback: string[] (survey comments, a plain array), touchpointId, color,
 *             image: { hash, width, height, alt? } (a plain object: images/imageRef.ts)
 *   actions   journeyId, title, cardIds: Y.Array<string>, impact, effort, owner, due, status, order
 *   comments  thread (a reply: its thread's first comment id), anchor ({kind, id} or {kind: 'point', journeyId, x, y},
 *             on a thread's first comment), authorId, authorName, authorKey, body: (string | {mention, name})[],
 *             createdAt, editedAt, resolved, deleted (comments/: plain values only, so the server can tell
 *             who changes what; not a RecordKind, since no journey owns them and no card deletion takes them)
 *
 * Absent roots read as empty (a board from before comments has no `comments` map: no migration).
 *
 * A card's cell is one key so that a move is atomic: concurrent moves resolve to one cell, never
 * to the phase of one and the channel of the other. Per-participant values (ratings, votes) are
 * nested maps keyed by participant, so concurrent ratings never overwrite each other.
 */
import * as Y from 'yjs';

export type RecordKind = 'personas' | 'journeys' | 'phases' | 'channels' | 'cards' | 'actions';
export const RECORD_KINDS: readonly RecordKind[] = ['personas', 'journeys', 'phases', 'channels', 'cards', 'actions'];

export type YRecord = Y.Map<unknown>;
export type Value = string | number | boolean | null | readonly unknown[] | YRecord | Y.Text | Y.Array<string>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** Comments by id (comments/): threads and replies, each a Y.Map of plain values. */
export function commentsMap(doc: Y.Doc): Y.Map<YRecord> {
  return doc.getMap('comments');
}

/** A comment record by id; undefined when absent or malformed. */
export function commentOf(doc: Y.Doc, id: string): YRecord | undefined {
  const record: unknown = commentsMap(doc).get(id);
  return record instanceof Y.Map && isSafeKey(id) ? (record as YRecord) : undefined;
}

/** Writes a new comment record: plain values only. */
export function insertComment(doc: Y.Doc, id: string, fields: Record<string, unknown>): YRecord {
  const record: YRecord = new Y.Map();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value);
  commentsMap(doc).set(id, record);
  return record;
}

/** Facilitation state (see session.ts): plain values under fixed keys, not records. */
export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('session');
}

export function rootMap(doc: Y.Doc, kind: RecordKind): Y.Map<YRecord> {
  return doc.getMap(kind);
}

/** A record by id; undefined when absent or malformed (see `records`). */
export function recordOf(doc: Y.Doc, kind: RecordKind, id: string): YRecord | undefined {
  const record: unknown = rootMap(doc, kind).get(id);
  return record instanceof Y.Map && isSafeKey(id) ? (record as YRecord) : undefined;
}

/**
 * The records of a root map (or the KPIs of a phase) that have the layout's shape: a Y.Map under an
 * id that is a safe object key. Anything else was stored before the server checked every update
 * (trust/checkUpdate.ts) and is skipped by every reader and command (read/malformed.ts lists it).
 */
export function* records(map: Y.Map<unknown> | Y.Map<YRecord>): Generator<[string, YRecord]> {
  for (const [id, value] of map) if (value instanceof Y.Map && isSafeKey(id)) yield [id, value as YRecord];
}

/** The records of one kind, as `records`. */
export function recordsOf(doc: Y.Doc, kind: RecordKind): Generator<[string, YRecord]> {
  return records(rootMap(doc, kind));
}

/** Longest record id or nested key (participant ids are the longest, format/limits.ts). */
export const MAX_KEY_LENGTH = 128;

/**
 * An id or nested key that is safe as an object key wherever it goes (snapshots are plain objects,
 * exports JSON): not empty, bounded, and not a name of Object.prototype (`__proto__`, `constructor`...).
 */
export function isSafeKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && !(key in Object.prototype) && key !== 'prototype';
}

/**
 * Writes a new record. Nested shared types are created here so their layout stays in this file:
 * a card gets its Y.Text and its ratings/votes maps, a phase its kpis map, an action its cardIds array.
 */
export function insertRecord(doc: Y.Doc, kind: RecordKind, id: string, fields: Record<string, unknown>): YRecord {
  const record: YRecord = new Y.Map();
  for (const [key, value] of Object.entries(fields)) {
    if (
      value === undefined ||
      key === 'text' ||
      key === 'ratings' ||
      key === 'votes' ||
      key === 'kpis' ||
      key === 'cardIds'
    )
      continue;
    record.set(key, value);
  }
  if (kind === 'cards') {
    record.set('text', new Y.Text(typeof fields.text === 'string' ? fields.text : ''));
    record.set('ratings', toYMap(fields.ratings));
    record.set('votes', toYMap(fields.votes));
  } else if (kind === 'phases') {
    record.set('kpis', new Y.Map());
  } else if (kind === 'actions') {
    const ids = new Y.Array<string>();
    if (Array.isArray(fields.cardIds)) ids.push(fields.cardIds.filter((x): x is string => typeof x === 'string'));
    record.set('cardIds', ids);
  }
  rootMap(doc, kind).set(id, record);
  return record;
}

function toYMap(value: unknown): Y.Map<number> {
  const map = new Y.Map<number>();
  if (value && typeof value === 'object') {
    for (const [key, n] of Object.entries(value)) if (typeof n === 'number') map.set(key, n);
  }
  return map;
}

export function cardText(card: YRecord): Y.Text | undefined {
  const text = card.get('text');
  return text instanceof Y.Text ? text : undefined;
}

/** The nested map under `key`; undefined when a malformed record holds anything else there. */
function nestedMap<T>(record: YRecord, key: string): Y.Map<T> | undefined {
  const map = record.get(key);
  return map instanceof Y.Map ? (map as Y.Map<T>) : undefined;
}

export function cardRatings(card: YRecord): Y.Map<number> | undefined {
  return nestedMap(card, 'ratings');
}

export function cardVotes(card: YRecord): Y.Map<number> | undefined {
  return nestedMap(card, 'votes');
}

export function phaseKpis(phase: YRecord): Y.Map<YRecord> | undefined {
  return nestedMap(phase, 'kpis');
}

export function actionCardIds(action: YRecord): Y.Array<string> | undefined {
  const arr = action.get('cardIds');
  return arr instanceof Y.Array ? (arr as Y.Array<string>) : undefined;
}

/** A card's cell as stored: `[phaseId, channelId]`, or null when unplaced. */
export function toCellValue(phaseId: string | null, channelId: string | null): readonly [string, string] | null {
  return phaseId && channelId ? [phaseId, channelId] : null;
}

export function fromCellValue(value: unknown): { phaseId: string; channelId: string } | null {
  if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
    return { phaseId: value[0], channelId: value[1] };
  }
  return null;
}

/** Sets or clears (undefined/null) a plain field, writing only when it changes so no-op edits make no update. */
export function setField(record: YRecord, key: string, value: unknown): void {
  if (value === undefined || value === null) {
    if (record.has(key)) record.delete(key);
    return;
  }
  const current = record.get(key);
  if (current === value) return;
  if (Array.isArray(value) && Array.isArray(current) && JSON.stringify(value) === JSON.stringify(current)) return;
  record.set(key, value);
}

/** Replaces a Y.Text's content with the smallest single edit (common prefix/suffix kept), so a peer typing elsewhere in it is not clobbered. */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // Never cut a surrogate pair: Yjs encodes text as UTF-8, where a lone half becomes U+FFFD.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end))
    end++;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
