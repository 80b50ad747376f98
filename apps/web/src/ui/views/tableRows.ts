import {
  type Card,
  type CardKind,
  cellKey,
  type JourneyView,
  type Lane,
  laneOf,
  laneRank,
  touchpointEmotion,
  voteCount,
} from '@parcours/journey';
import { matchesQuery, type TableSort as SortOf, type SortValue, sortRows } from '../common/table/sortRows';

/** One card of the table, with what its columns show and sort on. */
export interface CardRow {
  readonly card: Card;
  /** Position of the card's phase and channel in the journey; null in the tray (sorted last). */
  readonly phaseIndex: number | null;
  readonly channelIndex: number | null;
  readonly phaseName: string;
  readonly channelName: string;
  /** The service-blueprint lane of its channel; null in the tray. */
  readonly lane: Lane | null;
  readonly votes: number;
  /** Ratings' mean, else the facilitator's value. */
  readonly emotion: number | null;
}

export type TableColumn =
  | 'kind'
  | 'text'
  | 'phase'
  | 'channel'
  | 'lane'
  | 'does'
  | 'thinks'
  | 'feels'
  | 'needs'
  | 'goal'
  | 'department'
  | 'emotion'
  | 'keyMoment'
  | 'votes'
  | 'csat'
  | 'nps'
  | 'ces'
  | 'feedback'
  | 'severity';

export type TableSort = SortOf<TableColumn>;

export interface TableFilter {
  readonly query: string;
  readonly kind: CardKind | 'all';
}

const KIND_ORDER: Record<CardKind, number> = { touchpoint: 0, irritant: 1, enchantment: 2, note: 3 };
const SEARCHED = ['text', 'does', 'thinks', 'feels', 'needs', 'goal', 'department'] as const;

/** The journey's cards in reading order (phase by phase, channel by channel, then the tray). */
export function toCardRows(view: JourneyView): CardRow[] {
  const rows: CardRow[] = [];
  const row = (card: Card, phaseIndex: number | null, channelIndex: number | null): CardRow => ({
    card,
    phaseIndex,
    channelIndex,
    phaseName: phaseIndex === null ? '' : view.phases[phaseIndex]!.name,
    channelName: channelIndex === null ? '' : view.channels[channelIndex]!.name,
    lane: channelIndex === null ? null : laneOf(view.channels[channelIndex]),
    votes: voteCount(card),
    emotion: touchpointEmotion(card),
  });
  view.phases.forEach((phase, p) => {
    view.channels.forEach((channel, c) => {
      for (const card of view.cells.get(cellKey(phase.id, channel.id)) ?? []) rows.push(row(card, p, c));
    });
  });
  for (const card of view.unplaced) rows.push(row(card, null, null));
  return rows;
}

/** Rows of the kind whose text fields, phase or channel contain the query (accents and case ignored). */
export function filterCardRows(rows: readonly CardRow[], filter: TableFilter): CardRow[] {
  return rows.filter((row) => {
    if (filter.kind !== 'all' && row.card.kind !== filter.kind) return false;
    const haystack = [
      ...SEARCHED.map((f) => row.card[f] ?? ''),
      ...(row.card.feedback ?? []),
      row.phaseName,
      row.channelName,
    ];
    return matchesQuery(haystack, filter.query);
  });
}

/**
 * Sorted copy. Phases and channels sort by their place in the journey, not their name; empty values
 * (no CSAT, tray...) go last in both directions; ties keep the reading order (common/table/sortRows.ts).
 */
export function sortCardRows(rows: readonly CardRow[], sort: TableSort): CardRow[] {
  return sortRows(rows, (row) => sortKey(row, sort.key), sort.descending);
}

function sortKey(row: CardRow, key: TableColumn): SortValue {
  const { card } = row;
  switch (key) {
    case 'kind':
      return KIND_ORDER[card.kind];
    case 'phase':
      return row.phaseIndex;
    case 'channel':
      return row.channelIndex;
    case 'lane':
      return row.lane === null ? null : laneRank(row.lane);
    case 'emotion':
      return row.emotion;
    case 'keyMoment':
      return card.keyMoment ? 1 : 0;
    case 'votes':
      return row.votes;
    case 'feedback':
      return card.feedback?.length ?? null;
    case 'csat':
    case 'nps':
    case 'ces':
    case 'severity':
      return card[key] ?? null;
    default: {
      const text = card[key] ?? '';
      return text.trim() ? text : null;
    }
  }
}

export type Metric = 'csat' | 'nps' | 'ces';
const METRIC_RANGE: Record<Metric, readonly [number, number]> = { csat: [0, 100], nps: [-100, 100], ces: [1, 7] };

/**
 * What a typed measure means: a number in the field's range, null to clear it (empty input), or
 * undefined when it is not valid (the cell then shows the board's value again instead of writing).
 */
export function parseMetric(metric: Metric, input: string): number | null | undefined {
  const text = input.trim().replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  const [min, max] = METRIC_RANGE[metric];
  if (!Number.isFinite(value) || value < min || value > max) return undefined;
  return value;
}

export function metricRange(metric: Metric): readonly [number, number] {
  return METRIC_RANGE[metric];
}
