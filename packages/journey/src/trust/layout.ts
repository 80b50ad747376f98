/**
 * The doc layout of doc.ts and session.ts as data, for the server's check of a client's update
 * (checkUpdate.ts): which root maps exist, which keys each record has and what a value under each
 * key may be. A change to the layout in doc.ts is a change here too (commands.test.ts and the
 * convergence tests run every command through the check, so a missing key shows as a refusal).
 */
import * as Y from 'yjs';
import { isCommentAnchor } from '../comments/anchor';
import { isCommentBody, MAX_NAME_LENGTH } from '../comments/body';
import { isSafeKey, RECORD_KINDS, type RecordKind } from '../doc';
import { isImageRefValue } from '../images/imageRef';
import { SCHEMA_VERSION } from '../migrations/index';
import { SESSION_KEYS } from '../session';

/** What one value in the layout may be. */
export type ValueShape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'strings' // a plain array of strings (persona goals, frustrations)
  | 'cell' // [phaseId, channelId] or null
  | 'object' // a plain JSON value (session state)
  | 'imageRef' // a card's picture: { hash, width, height, alt? } (images/imageRef.ts)
  | 'schemaVersion'
  | 'anchor' // a comment thread's anchor (comments/anchor.ts)
  | 'commentBody' // text and mentions within MAX_COMMENT_LENGTH (comments/body.ts)
  | 'name' // a display name (at most MAX_NAME_LENGTH)
  | 'id' // a safe key (a participant id, an author key, a thread id)
  // nested shared types
  | 'text' // Y.Text of plain strings
  | 'numberMap' // Y.Map<key, number> (ratings, votes)
  | 'kpiMap' // Y.Map<kpiId, Y.Map of KPI_FIELDS>
  | 'stringArray'; // Y.Array<string> (an action's cardIds)

const COMMON: Record<string, ValueShape> = { order: 'string' };
const IN_JOURNEY: Record<string, ValueShape> = { ...COMMON, journeyId: 'string' };

export const RECORD_FIELDS: Readonly<Record<RecordKind, Readonly<Record<string, ValueShape>>>> = {
  personas: {
    ...COMMON,
    name: 'string',
    segment: 'string',
    description: 'string',
    goals: 'strings',
    frustrations: 'strings',
    quote: 'string',
  },
  journeys: { ...COMMON, title: 'string', personaId: 'string', stage: 'string' },
  phases: { ...IN_JOURNEY, name: 'string', kpis: 'kpiMap' },
  channels: { ...IN_JOURNEY, name: 'string', lane: 'string' },
  cards: {
    ...IN_JOURNEY,
    kind: 'string',
    cell: 'cell',
    text: 'text',
    does: 'string',
    thinks: 'string',
    feels: 'string',
    needs: 'string',
    goal: 'string',
    department: 'string',
    keyMoment: 'boolean',
    emotion: 'number',
    ratings: 'numberMap',
    votes: 'numberMap',
    csat: 'number',
    nps: 'number',
    ces: 'number',
    severity: 'number',
    touchpointId: 'string',
    color: 'string',
    hidden: 'boolean',
    authorId: 'string',
    feedback: 'strings',
    image: 'imageRef',
  },
  actions: {
    ...IN_JOURNEY,
    title: 'string',
    cardIds: 'stringArray',
    impact: 'number',
    effort: 'number',
    owner: 'string',
    due: 'string',
    status: 'string',
  },
};

/** A comment record (doc.ts `comments`): plain values only, so rights can be told per field (comments/rights.ts). */
export const COMMENT_FIELDS: Readonly<Record<string, ValueShape>> = {
  thread: 'id',
  anchor: 'anchor',
  authorId: 'id',
  authorName: 'name',
  authorKey: 'id',
  body: 'commentBody',
  createdAt: 'number',
  editedAt: 'number',
  resolved: 'boolean',
  deleted: 'boolean',
};

export const KPI_FIELDS: Readonly<Record<string, ValueShape>> = {
  ...COMMON,
  name: 'string',
  value: 'number',
  target: 'number',
  unit: 'string',
};

export const META_FIELDS: Readonly<Record<string, ValueShape>> = {
  title: 'string',
  locale: 'string',
  schemaVersion: 'schemaVersion',
};

export const SESSION_FIELDS: Readonly<Record<string, ValueShape>> = Object.fromEntries(
  SESSION_KEYS.map((key) => [key, 'object' as const]),
);

/** The root maps of a board; nothing else may exist at the top of its doc. */
export { isSafeKey };

export const ROOT_MAPS: ReadonlySet<string> = new Set(['meta', 'session', 'comments', ...RECORD_KINDS]);

/** Whether a plain (JSON) value fits `shape`; null always does (it reads as unset). */
export function plainValueFits(shape: ValueShape, value: unknown): boolean {
  if (value === null) return shape !== 'schemaVersion';
  switch (shape) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'strings':
      return Array.isArray(value) && value.every((x) => typeof x === 'string');
    case 'cell':
      return Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'string');
    case 'object':
      return typeof value !== 'function';
    case 'anchor':
      return isCommentAnchor(value);
    case 'commentBody':
      return isCommentBody(value);
    case 'name':
      return typeof value === 'string' && value.length <= MAX_NAME_LENGTH;
    case 'id':
      return typeof value === 'string' && isSafeKey(value);
    case 'imageRef':
      return isImageRefValue(value);
    case 'schemaVersion':
      // What a client's own migration writes (web sync/schemaCheck.ts); never another number.
      return value === SCHEMA_VERSION;
    default:
      return false; // a nested type, never a plain value
  }
}

/** The shared type a nested-type shape must be created as. */
export function typeFits(shape: ValueShape, type: Y.AbstractType<unknown>): boolean {
  switch (shape) {
    // Exact classes: Y.XmlText is a Y.Text, and no XML type belongs in a board.
    case 'text':
      return type.constructor === Y.Text;
    case 'numberMap':
    case 'kpiMap':
      return type.constructor === Y.Map;
    case 'stringArray':
      return type.constructor === Y.Array;
    default:
      return false;
  }
}
