import type * as Y from 'yjs';
import { canLinkTouchpoint, laneOf, toLane } from '../blueprint/lanes';
import { toCommentsJson } from '../comments/json';
import {
  actionCardIds,
  cardRatings,
  cardText,
  cardVotes,
  fromCellValue,
  isSafeKey,
  metaMap,
  phaseKpis,
  type RecordKind,
  records,
  recordsOf,
  type YRecord,
} from '../doc';
import { readImageRef } from '../images/imageRef';
import { compareOrder } from '../order';
import type {
  ActionJson,
  CardJson,
  ChannelJson,
  CommentJson,
  JourneyJson,
  JourneyMapJson,
  KpiJson,
  PersonaJson,
  PhaseJson,
} from '../schema';
import { CARD_TEXT_FIELDS } from '../types';
import { LIMITS } from './limits';
import { JOURNEY_MAP_FORMAT, JOURNEY_MAP_VERSION } from './version';

interface Entry {
  readonly id: string;
  readonly order: string;
  readonly record: YRecord;
}

/**
 * The board as an open JSON map (docs/FORMAT.md), in canonical form: records in display order,
 * cards by phase, then channel, then their order in the cell, unplaced cards last; optional
 * fields present exactly when they are set in the doc; empty ratings/votes/KPIs omitted.
 * References left dangling by concurrent deletions are dropped so the output always imports.
 */
export function toJson(doc: Y.Doc): JourneyMapJson {
  const meta = metaMap(doc);
  const personas = sorted(doc, 'personas', () => true);
  const personaIds = new Set(personas.map((p) => p.id));
  const byJourney = groupByJourney(doc);
  return {
    format: JOURNEY_MAP_FORMAT,
    version: JOURNEY_MAP_VERSION,
    title: str(meta.get('title')) ?? '',
    locale: meta.get('locale') === 'en' ? 'en' : 'fr',
    personas: personas.map(toPersona),
    journeys: sorted(doc, 'journeys', () => true).map((j) => toJourney(j, personaIds, byJourney)),
    ...withComments(doc),
  };
}

function withComments(doc: Y.Doc): { comments?: CommentJson[] } {
  const comments = toCommentsJson(doc);
  return comments ? { comments } : {};
}

type Grouped = Map<string, Record<'phases' | 'channels' | 'cards' | 'actions', Entry[]>>;

/** One pass over each root map instead of one per journey. */
function groupByJourney(doc: Y.Doc): Grouped {
  const groups: Grouped = new Map();
  for (const kind of ['phases', 'channels', 'cards', 'actions'] as const) {
    for (const [id, record] of recordsOf(doc, kind)) {
      const journeyId = str(record.get('journeyId'));
      if (journeyId === undefined) continue;
      let group = groups.get(journeyId);
      if (!group) {
        group = { phases: [], channels: [], cards: [], actions: [] };
        groups.set(journeyId, group);
      }
      group[kind].push(entry(id, record));
    }
  }
  for (const group of groups.values()) {
    group.phases.sort(compareOrder);
    group.channels.sort(compareOrder);
    group.actions.sort(compareOrder);
  }
  return groups;
}

function entry(id: string, record: YRecord): Entry {
  return { id, order: str(record.get('order')) ?? '', record };
}

function sorted(doc: Y.Doc, kind: RecordKind, keep: (record: YRecord) => boolean): Entry[] {
  const out: Entry[] = [];
  for (const [id, record] of recordsOf(doc, kind)) if (keep(record)) out.push(entry(id, record));
  return out.sort(compareOrder);
}

function toPersona({ id, record }: Entry): PersonaJson {
  const persona: PersonaJson = { id, name: str(record.get('name')) ?? '' };
  copyStrings(record, persona, ['segment', 'description']);
  const goals = strings(record.get('goals'));
  if (goals) persona.goals = goals;
  const frustrations = strings(record.get('frustrations'));
  if (frustrations) persona.frustrations = frustrations;
  copyStrings(record, persona, ['quote']);
  return persona;
}

function toJourney({ id, record }: Entry, personaIds: ReadonlySet<string>, byJourney: Grouped): JourneyJson {
  const journey: Partial<JourneyJson> = { id, title: str(record.get('title')) ?? '' };
  if (record.has('personaId')) {
    const personaId = str(record.get('personaId'));
    journey.personaId = personaId !== undefined && personaIds.has(personaId) ? personaId : null;
  }
  const stage = record.get('stage');
  if (stage === 'as-is' || stage === 'to-be') journey.stage = stage;
  const group = byJourney.get(id) ?? { phases: [], channels: [], cards: [], actions: [] };
  const phases = group.phases.map(toPhase);
  const channels = group.channels.map(toChannel);
  const cards = orderCards(group.cards, phases, channels).map(toCard);
  const touchpoints = new Set(cards.filter((c) => c.kind === 'touchpoint').map((c) => c.id));
  const lanes = new Map(channels.map((c) => [c.id, laneOf(c)]));
  for (const card of cards) {
    const linkable = canLinkTouchpoint(card.kind, laneOf({ lane: lanes.get(card.channelId ?? '') }));
    if (
      card.touchpointId !== undefined &&
      (!linkable || card.touchpointId === card.id || !touchpoints.has(card.touchpointId))
    )
      delete card.touchpointId;
  }
  const cardIds = new Set(cards.map((c) => c.id));
  return {
    ...journey,
    phases,
    channels,
    cards,
    actions: group.actions.map((a) => toAction(a, cardIds)),
  } as JourneyJson;
}

function toPhase({ id, record }: Entry): PhaseJson {
  const phase: PhaseJson = { id, name: str(record.get('name')) ?? '' };
  const kpis: Entry[] = [];
  const map = phaseKpis(record);
  if (map) for (const [kpiId, kpi] of records(map)) kpis.push(entry(kpiId, kpi));
  if (kpis.length > 0) phase.kpis = kpis.sort(compareOrder).map(toKpi);
  return phase;
}

function toKpi({ id, record }: Entry): KpiJson {
  const kpi: KpiJson = { id, name: str(record.get('name')) ?? '' };
  copyNumbers(record, kpi, ['value', 'target']);
  copyStrings(record, kpi, ['unit']);
  return kpi;
}

function toChannel({ id, record }: Entry): ChannelJson {
  const channel: ChannelJson = { id, name: str(record.get('name')) ?? '' };
  const lane = toLane(record.get('lane'));
  if (lane) channel.lane = lane;
  return channel;
}

interface PlacedEntry extends Entry {
  readonly phaseId: string | null;
  readonly channelId: string | null;
  readonly rank: number;
}

/** Canonical card order: by phase, then channel, then order in the cell; unplaced (or dangling) last. */
function orderCards(cards: readonly Entry[], phases: readonly PhaseJson[], channels: readonly ChannelJson[]) {
  const phaseRank = new Map(phases.map((p, i) => [p.id, i]));
  const channelRank = new Map(channels.map((c, i) => [c.id, i]));
  const unplaced = phases.length * channels.length;
  // Object literals of one shape, not spreads: this runs once per card.
  const placed: PlacedEntry[] = cards.map(({ id, order, record }) => {
    const cell = fromCellValue(record.get('cell'));
    const p = cell ? phaseRank.get(cell.phaseId) : undefined;
    const c = cell ? channelRank.get(cell.channelId) : undefined;
    if (p === undefined || c === undefined)
      return { id, order, record, phaseId: null, channelId: null, rank: unplaced };
    return { id, order, record, phaseId: cell!.phaseId, channelId: cell!.channelId, rank: p * channels.length + c };
  });
  return placed.sort((a, b) => a.rank - b.rank || compareOrder(a, b));
}

function toCard({ id, record, phaseId, channelId }: PlacedEntry): CardJson {
  const kind = record.get('kind');
  const card: CardJson = {
    id,
    kind: kind === 'irritant' || kind === 'enchantment' || kind === 'note' ? kind : 'touchpoint',
    phaseId,
    channelId,
    text: cardText(record)?.toString() ?? '',
  };
  copyStrings(record, card, CARD_TEXT_FIELDS);
  const keyMoment = record.get('keyMoment');
  if (typeof keyMoment === 'boolean') card.keyMoment = keyMoment;
  copyNumbers(record, card, ['emotion']);
  const ratings = numberRecord(cardRatings(record));
  if (ratings) card.ratings = ratings as CardJson['ratings'];
  const votes = numberRecord(cardVotes(record));
  if (votes) card.votes = votes;
  copyNumbers(record, card, ['csat', 'nps', 'ces', 'severity']);
  const feedback = record.get('feedback');
  if (Array.isArray(feedback)) {
    // Only what the format allows, so a file written from a doc always imports again.
    const list = feedback
      .filter((x): x is string => typeof x === 'string' && x.length <= LIMITS.shortText)
      .slice(0, LIMITS.feedbackPerCard);
    if (list.length > 0) card.feedback = list;
  }
  copyStrings(record, card, ['touchpointId', 'color']);
  const image = readImageRef(record.get('image'));
  if (image) card.image = image;
  return card;
}

function toAction({ id, record }: Entry, cardIds: ReadonlySet<string>): ActionJson {
  const status = record.get('status');
  const owner = str(record.get('owner'));
  const due = validDate(str(record.get('due')));
  // Concurrent edits can leave a deleted or twice-added card in the list; the file lists each existing card once.
  const linked = new Set((actionCardIds(record)?.toArray() ?? []).filter((cardId) => cardIds.has(cardId)));
  return {
    id,
    title: str(record.get('title')) ?? '',
    cardIds: [...linked],
    impact: num(record.get('impact')) ?? 3,
    effort: num(record.get('effort')) ?? 3,
    ...(owner === undefined ? {} : { owner }),
    ...(due === undefined ? {} : { due }),
    status: status === 'doing' || status === 'done' ? status : 'todo',
  };
}

/** The editor stores YYYY-MM-DD; a day that does not exist (2025-02-30) would make the file unreadable, so it is left out. */
function validDate(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** -0 becomes 0, as it would through JSON text, so the object and its file say the same thing. */
function num(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function copyStrings<T extends object>(record: YRecord, target: T, keys: readonly string[]): void {
  for (const key of keys) {
    const value = str(record.get(key));
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

function copyNumbers<T extends object>(record: YRecord, target: T, keys: readonly string[]): void {
  for (const key of keys) {
    const value = num(record.get(key));
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
}

/** Keys sorted so every peer writes the same file for the same board. */
function numberRecord(map: Y.Map<number> | undefined): Record<string, number> | undefined {
  if (!map) return undefined;
  // One pass over the map (its size is a pass of its own); most cards have no ratings nor votes.
  const entries: [string, number][] = [];
  for (const [key, raw] of map.entries()) {
    const value = num(raw);
    if (value !== undefined && isSafeKey(key)) entries.push([key, value]);
  }
  if (entries.length === 0) return undefined;
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Record<string, number> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
}
