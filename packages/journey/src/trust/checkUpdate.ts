/**
 * The trust boundary: every update a client sends passes this one check, before it touches the
 * board's doc, whatever the client's role (anyone can create a board, so a facilitator link is no
 * proof of good faith). It refuses, without applying anything:
 *   - bytes that are not a Yjs v1 update (`malformed`);
 *   - an update over the size bounds (bytes, structs, clients, delete ranges) or whose integration
 *     would cost more than a budget of steps (integrationCost.ts: crafted origins that make Yjs walk
 *     long lists);
 *   - anything outside the board's layout (layout.ts): a root that is not one of the board's maps, a
 *     root used as an array, a record that is not a Y.Map, a key a record does not have, a value of
 *     the wrong type, a nested type where the layout has none, an id or key named like a property of
 *     Object.prototype (`__proto__`, `constructor`...), a path deeper than the layout;
 *   - a write of meta.schemaVersion other than the version this code writes, and its deletion
 *     (migrations run on the server, rooms.ts);
 *   - a comment written under another key than the connection's, a change to another's comment
 *     but resolving it, and anything but comments from a commenter (comments/rights.ts);
 *   - what the role may not do (facilitation/forbiddenChanges.ts), and an update that depends on
 *     changes the board does not have (where it lands cannot be known).
 * Cost: O(u log n) for an update of u structs on a doc of n structs, plus the capped walks of
 * integrationCost.ts. The doc is only read.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CommentWrites } from '../comments/rights';
import { type RecordKind, rootMap } from '../doc';
import {
  type DecodedUpdate,
  groupByClient,
  type Location,
  locateChanges,
  UNRESOLVED,
} from '../facilitation/changedTargets';
import { rightsRule } from '../facilitation/forbiddenChanges';
import type { BoardRole } from '../facilitation/roles';
import { readSession } from '../session';
import { integrationSteps, type ListedItem } from './integrationCost';
import {
  COMMENT_FIELDS,
  isSafeKey,
  KPI_FIELDS,
  META_FIELDS,
  plainValueFits,
  RECORD_FIELDS,
  ROOT_MAPS,
  SESSION_FIELDS,
  typeFits,
  type ValueShape,
} from './layout';

/** Bounds of one update. The defaults hold every honest update we know of (docs/API.md). */
export interface UpdateLimits {
  readonly maxBytes: number;
  readonly maxStructs: number;
  readonly maxClients: number;
  readonly maxDeleteRanges: number;
  /** Integration steps (integrationCost.ts); one step is about 0.4 µs on a loaded 2-core machine. */
  readonly maxSteps: number;
}

export const UPDATE_LIMITS: UpdateLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxStructs: 100_000,
  maxClients: 1_000,
  maxDeleteRanges: 100_000,
  maxSteps: 250_000,
};

export interface UpdateCheck {
  readonly ok: boolean;
  /** Not a Yjs update at all (a protocol error rather than a refusal). */
  readonly malformed: boolean;
  /** Why it is refused (the first reason found); empty when ok. */
  readonly reasons: readonly string[];
  /** When ok and the update writes new comments: the participant id they are under (to bind). */
  readonly participantId?: string;
}

const OK: UpdateCheck = { ok: true, malformed: false, reasons: [] };
const refuse = (...reasons: string[]): UpdateCheck => ({ ok: false, malformed: false, reasons });

export interface CheckOptions {
  readonly limits?: UpdateLimits;
  /**
   * Root names outside the board's layout that take any content (bounds, cost and rights still
   * apply): the server's tests of relay mechanics write into scratch roots. Never set in production.
   */
  readonly scratchRoots?: ReadonlySet<string>;
  /**
   * The author key the connection proved (comments/authorKey.ts): comments it writes must carry it,
   * and only comments that carry it may it edit or delete. Absent: it writes no comment.
   */
  readonly author?: string | null;
  /** The participant id this connection's comments were written under so far (it binds on first use). */
  readonly participantId?: string | null;
}

/** Whether `role` may apply `update` (Yjs v1 bytes) to `doc` as it is now. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, role: BoardRole, options: CheckOptions = {}): UpdateCheck {
  const limits = options.limits ?? UPDATE_LIMITS;
  const scratch = options.scratchRoots;
  if (update.byteLength > limits.maxBytes) return refuse(`update over ${limits.maxBytes} bytes`);
  const header = checkHeader(update, limits);
  if (header) return refuse(header);
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, malformed: true, reasons: ['malformed update'] };
  }
  const bounds = checkBounds(decoded, limits);
  if (bounds) return refuse(bounds);
  const reasons = new Set<string>();
  const listed: ListedItem[] = [];
  const locked = role === 'facilitator' ? false : readSession(doc).structureLocked;
  const comments = new CommentWrites(doc, role, options.author ?? null, options.participantId ?? null);
  const perList = new Map<string, number>();
  let pairs = 0;
  let wroteVersion = false;
  let erasedVersion = false;
  let changes = 0;
  for (const { located, item } of locateChanges(doc, decoded)) {
    if (located === null) continue; // lands in garbage-collected content: changes nothing
    if (role === 'view') return refuse('a viewer cannot edit the board');
    changes++;
    if (located === UNRESOLVED) {
      reasons.add('the update depends on changes the board does not have');
      break;
    }
    const version = isSchemaVersion(located);
    if (version && item) wroteVersion = true; // a valid one: a wrong value is refused by insertionRule
    if (version && !item) erasedVersion = true; // fine only when replaced by the same update
    const shape = scratch?.has(located.root) || !item ? null : insertionRule(located, item);
    if (shape) reasons.add(shape);
    if (role !== 'facilitator') {
      const rights = rightsRule(located, item === null, locked, (cardId) => deletesCard(doc, decoded, cardId));
      if (rights) reasons.add(rights);
    }
    if (!scratch?.has(located.root)) {
      const comment = comments.rule(located, item);
      if (comment) reasons.add(comment);
    }
    if (item) {
      // The update's own items in one list may walk each other: refuse as soon as their pairs
      // exceed the budget, before locating the rest (integrationCost.ts counts them the same way).
      const list = listKey(located);
      const before = perList.get(list) ?? 0;
      perList.set(list, before + 1);
      pairs += before;
      if (pairs + listed.length > limits.maxSteps) return refuse(overBudget(limits));
      listed.push({ item, list });
    }
    if (reasons.size > 0) break; // one reason is enough: locating the rest would cost time for nothing
  }
  if (changes === 0) return OK;
  const unsigned = reasons.size === 0 ? comments.unsigned() : null;
  if (unsigned) reasons.add(unsigned);
  if (erasedVersion && !wroteVersion) reasons.add('meta.schemaVersion is written by the server only');
  if (reasons.size > 0) return refuse(...reasons);
  const steps = integrationSteps(doc, groupByClient(decoded.structs), listed, limits.maxSteps);
  if (steps > limits.maxSteps) return refuse(overBudget(limits));
  const participantId = comments.participantId;
  return participantId === undefined ? OK : { ...OK, participantId };
}

/**
 * The counts at the head of a v1 update (clients, then the first client's structs), read before
 * decoding it: a crafted update of one client and 400,000 tiny structs costs nothing to refuse.
 * Garbage is left to the decoder (it reports it as malformed).
 */
function checkHeader(update: Uint8Array, limits: UpdateLimits): string | null {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) > limits.maxClients) return `update from over ${limits.maxClients} clients`;
    if (decoding.hasContent(decoder) && decoding.readVarUint(decoder) > limits.maxStructs)
      return `update with over ${limits.maxStructs} structs`;
  } catch {
    // not an update: the decoder says so below
  }
  return null;
}

function overBudget(limits: UpdateLimits): string {
  return `the update would take over ${limits.maxSteps} steps to integrate`;
}

function checkBounds({ structs, ds }: DecodedUpdate, limits: UpdateLimits): string | null {
  if (structs.length > limits.maxStructs) return `update with over ${limits.maxStructs} structs`;
  const clients = new Set<number>();
  for (const s of structs) clients.add(s.id.client);
  for (const client of ds.clients.keys()) clients.add(client);
  if (clients.size > limits.maxClients) return `update from over ${limits.maxClients} clients`;
  let ranges = 0;
  for (const list of ds.clients.values()) ranges += list.length;
  if (ranges > limits.maxDeleteRanges) return `update with over ${limits.maxDeleteRanges} deleted ranges`;
  return null;
}

/** Items of one list (same parent, same key) share a key: their mutual conflicts are bounded together. */
function listKey(location: Location): string {
  return `${location.root}\u0000${location.path.map((k) => (k === null ? '\u0001' : k)).join('\u0000')}`;
}

/** Why an inserted item does not fit the layout, or null. */
function insertionRule(location: Location, item: Y.Item): string | null {
  const { root, path } = location;
  if (!ROOT_MAPS.has(root)) return `no root "${clip(root)}" in a board`;
  const [key, field, sub, subField, ...deeper] = path;
  if (key === null || key === undefined) return `the root "${root}" is a map, not a list`;
  if (root === 'meta' || root === 'session') {
    if (path.length > 1) return `${root}.${clip(key)} holds no nested data`;
    const fields = root === 'meta' ? META_FIELDS : SESSION_FIELDS;
    const shape = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!shape) return `no key "${clip(key)}" in ${root}`;
    return contentFits(item, shape) ? null : `${root}.${key} must be ${describe(shape)}`;
  }
  const kind = root as RecordKind;
  if (!isSafeKey(key)) return `"${clip(key)}" is not a valid record id`;
  if (field === undefined) return isRecordContent(item) ? null : `a ${kind} record must be a map`;
  if (field === null) return `a ${kind} record is a map, not a list`;
  const fields = root === 'comments' ? COMMENT_FIELDS : RECORD_FIELDS[kind];
  const shape = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!shape) return `no field "${clip(field)}" in ${kind}`;
  if (root === 'comments' && sub !== undefined) return `a comment holds plain values only`;
  if (sub === undefined) return contentFits(item, shape) ? null : `${kind}.${field} must be ${describe(shape)}`;
  return nestedRule(kind, field, shape, item, sub, subField, deeper.length);
}

/** An item inside a record's nested type (text, ratings, votes, kpis, cardIds). */
function nestedRule(
  kind: RecordKind,
  field: string,
  shape: ValueShape,
  item: Y.Item,
  sub: string | null,
  subField: string | null | undefined,
  deeper: number,
): string | null {
  const where = `${kind}.${field}`;
  if (shape === 'text' || shape === 'stringArray') {
    if (sub !== null || subField !== undefined) return `${where} is a list`;
    if (isDeleted(item)) return null;
    if (shape === 'text') return item.content instanceof Y.ContentString ? null : `${where} holds plain text only`;
    return item.content instanceof Y.ContentAny && item.content.arr.every((x) => typeof x === 'string')
      ? null
      : `${where} holds strings only`;
  }
  if (sub === null || !isSafeKey(sub)) return `${where} has no key "${clip(String(sub))}"`;
  if (shape === 'numberMap') {
    if (subField !== undefined) return `${where} holds numbers only`;
    return contentFits(item, 'number') ? null : `${where} holds numbers only`;
  }
  if (shape === 'kpiMap') {
    if (subField === undefined) return isRecordContent(item) ? null : `a KPI must be a map`;
    if (subField === null || deeper > 0) return 'a KPI holds plain fields only';
    const kpiShape = Object.hasOwn(KPI_FIELDS, subField) ? KPI_FIELDS[subField] : undefined;
    if (!kpiShape) return `no field "${clip(subField)}" in a KPI`;
    return contentFits(item, kpiShape) ? null : `a KPI's ${subField} must be ${describe(kpiShape)}`;
  }
  return `${where} holds no nested data`;
}

/** A deletion is fine anywhere but on meta.schemaVersion, unless replaced (it would read as unversioned). */
function isSchemaVersion(location: Location): boolean {
  return location.root === 'meta' && location.path.length === 1 && location.path[0] === 'schemaVersion';
}

function isDeleted(item: Y.Item): boolean {
  return item.content instanceof Y.ContentDeleted;
}

function isRecordContent(item: Y.Item): boolean {
  return isDeleted(item) || (item.content instanceof Y.ContentType && item.content.type.constructor === Y.Map);
}

/** A map entry's content against its shape: a plain value (every value of a ContentAny) or a nested type. */
function contentFits(item: Y.Item, shape: ValueShape): boolean {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return true;
  if (content instanceof Y.ContentType) return typeFits(shape, content.type);
  if (content instanceof Y.ContentAny) return content.arr.every((value) => plainValueFits(shape, value));
  return false; // strings, JSON, binary, embeds, formats, sub-documents: never a map value of ours
}

function describe(shape: ValueShape): string {
  switch (shape) {
    case 'strings':
      return 'a list of strings';
    case 'cell':
      return '[phaseId, channelId] or null';
    case 'object':
      return 'a plain value';
    case 'imageRef':
      return 'an image reference { hash, width, height, alt? }';
    case 'schemaVersion':
      return 'written by the server only';
    case 'text':
      return 'a Y.Text';
    case 'numberMap':
      return 'a Y.Map of numbers';
    case 'kpiMap':
      return 'a Y.Map of KPIs';
    case 'stringArray':
      return 'a Y.Array of strings';
    case 'commentBody':
      return 'text and mentions of at most 5000 characters';
    case 'anchor':
      return 'a card, header, persona or point anchor';
    case 'id':
      return 'an id';
    default:
      return `a ${shape}`;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Whether the update deletes the card `cardId` itself (not just a field of it): its fields go with it. */
function deletesCard(doc: Y.Doc, decoded: DecodedUpdate, cardId: string): boolean {
  const record = rootMap(doc, 'cards')._map.get(cardId);
  return record !== undefined && Y.isDeleted(decoded.ds, record.id);
}
