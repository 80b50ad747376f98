/** Reads one Y record into its plain snapshot form (before cross-record checks, see normalize.ts). */
import * as Y from 'yjs';
import { toLane } from '../blueprint/lanes';
import {
  actionCardIds,
  cardRatings,
  cardText,
  cardVotes,
  fromCellValue,
  isSafeKey,
  phaseKpis,
  type RecordKind,
  records,
  type YRecord,
} from '../doc';
import { readImageRef } from '../images/imageRef';
import { sortByOrder } from '../order';
import type {
  Action,
  ActionStatus,
  Card,
  CardKind,
  Channel,
  Emotion,
  Journey,
  Kpi,
  Persona,
  Phase,
  Severity,
} from '../types';

/** Stands for a missing nested map (never attached to a doc, never written). */
const EMPTY_MAP = new Y.Map<unknown>();

function str(record: YRecord, key: string): string {
  const value = record.get(key);
  return typeof value === 'string' ? value : '';
}

function optStr(record: YRecord, key: string): string | undefined {
  const value = record.get(key);
  return typeof value === 'string' ? value : undefined;
}

function optNum(record: YRecord, key: string): number | undefined {
  const value = record.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function strings(record: YRecord, key: string): readonly string[] {
  const value = record.get(key);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

const nonEmpty = (list: readonly string[]) => (list.length > 0 ? list : undefined);

/** Drops undefined values so snapshots are JSON-friendly and `toEqual` compares what matters. */
function compact<T extends object>(value: T): T {
  // A copy without the undefined fields, not `delete`: an object that lost properties turns into a
  // slow dictionary, and a board's snapshot holds thousands of these (10,000 cards: about 17 ms
  // of a first paint went to deleting).
  const out = {} as T;
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

export function readPersona(id: string, r: YRecord): Persona {
  return compact({
    id,
    order: str(r, 'order'),
    name: str(r, 'name'),
    segment: optStr(r, 'segment'),
    description: optStr(r, 'description'),
    goals: strings(r, 'goals'),
    frustrations: strings(r, 'frustrations'),
    quote: optStr(r, 'quote'),
  });
}

export function readJourney(id: string, r: YRecord): Journey {
  return {
    id,
    order: str(r, 'order'),
    title: str(r, 'title'),
    personaId: optStr(r, 'personaId') ?? null,
    stage: r.get('stage') === 'to-be' ? 'to-be' : 'as-is',
  };
}

export function readPhase(id: string, r: YRecord): Phase {
  const kpis: Kpi[] = [];
  for (const [kpiId, k] of records(phaseKpis(r) ?? EMPTY_MAP)) {
    kpis.push(
      compact({
        id: kpiId,
        order: str(k, 'order'),
        name: str(k, 'name'),
        value: optNum(k, 'value'),
        target: optNum(k, 'target'),
        unit: optStr(k, 'unit'),
      }),
    );
  }
  return { id, journeyId: str(r, 'journeyId'), order: str(r, 'order'), name: str(r, 'name'), kpis: sortByOrder(kpis) };
}

export function readChannel(id: string, r: YRecord): Channel {
  const channel: Channel = { id, journeyId: str(r, 'journeyId'), order: str(r, 'order'), name: str(r, 'name') };
  const lane = toLane(r.get('lane'));
  return lane === undefined ? channel : { ...channel, lane };
}

const KINDS = new Set<CardKind>(['touchpoint', 'irritant', 'enchantment', 'note']);

/** `forEach` rather than the map's iterator: lib0's iterators cost more than the reading itself. */
function numbers(
  map: { forEach(f: (value: unknown, key: string) => void): void } | undefined,
  valid: (n: number) => boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  map?.forEach((n, key) => {
    if (typeof n === 'number' && valid(n) && isSafeKey(key)) out[key] = n;
  });
  return out;
}

const isEmotion = (n: number) => Number.isInteger(n) && n >= -2 && n <= 2;

export function readCard(id: string, r: YRecord): Card {
  const cell = fromCellValue(r.get('cell'));
  const kind = r.get('kind') as CardKind;
  const emotion = optNum(r, 'emotion');
  const severity = optNum(r, 'severity');
  return compact({
    id,
    journeyId: str(r, 'journeyId'),
    kind: KINDS.has(kind) ? kind : 'note',
    phaseId: cell?.phaseId ?? null,
    channelId: cell?.channelId ?? null,
    order: str(r, 'order'),
    text: cardText(r)?.toString() ?? '',
    does: optStr(r, 'does'),
    thinks: optStr(r, 'thinks'),
    feels: optStr(r, 'feels'),
    needs: optStr(r, 'needs'),
    goal: optStr(r, 'goal'),
    department: optStr(r, 'department'),
    keyMoment: r.get('keyMoment') === true,
    emotion: emotion !== undefined && isEmotion(emotion) ? (emotion as Emotion) : undefined,
    ratings: numbers(cardRatings(r), isEmotion) as Record<string, Emotion>,
    votes: numbers(cardVotes(r), (n) => Number.isInteger(n) && n >= 1),
    csat: optNum(r, 'csat'),
    nps: optNum(r, 'nps'),
    ces: optNum(r, 'ces'),
    feedback: nonEmpty(strings(r, 'feedback')),
    severity: severity === 1 || severity === 2 || severity === 3 ? (severity as Severity) : undefined,
    touchpointId: optStr(r, 'touchpointId'),
    color: optStr(r, 'color'),
    hidden: r.get('hidden') === true ? true : undefined,
    authorId: optStr(r, 'authorId'),
    image: readImageRef(r.get('image')),
  });
}

const STATUSES = new Set<ActionStatus>(['todo', 'doing', 'done']);

export function readAction(id: string, r: YRecord): Action {
  const status = r.get('status') as ActionStatus;
  return compact({
    id,
    journeyId: str(r, 'journeyId'),
    order: str(r, 'order'),
    title: str(r, 'title'),
    cardIds: [...new Set(actionCardIds(r)?.toArray() ?? [])],
    impact: optNum(r, 'impact') ?? 3,
    effort: optNum(r, 'effort') ?? 3,
    owner: optStr(r, 'owner'),
    due: optStr(r, 'due'),
    status: STATUSES.has(status) ? status : 'todo',
  });
}

/** The reader of each record kind. */
export const RECORD_READERS = {
  personas: readPersona,
  journeys: readJourney,
  phases: readPhase,
  channels: readChannel,
  cards: readCard,
  actions: readAction,
} as const satisfies Record<RecordKind, (id: string, r: YRecord) => unknown>;
