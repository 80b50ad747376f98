/**
 * Service-blueprint lanes: a board's channels (rows) can be grouped, top to bottom, into the
 * customer's actions, the frontstage (channels and touchpoints), backstage actions and support
 * processes, with the three lines of a service blueprint between the groups. A channel without a
 * lane is frontstage, so a board that never used lanes reads as before and nothing is drawn.
 * One source for the canvas, the table and linear views and every export (PNG, PDF, Markdown).
 */
import type { CardKind, Lane, Locale } from '../types';

export const LANES: readonly Lane[] = ['customer', 'frontstage', 'backstage', 'support'];

/** The line drawn between two groups of lanes, by the boundary it marks (between LANES[i] and LANES[i + 1]). */
export type LaneLine = 'interaction' | 'visibility' | 'internal';
export const LANE_LINES: readonly LaneLine[] = ['interaction', 'visibility', 'internal'];

export function isLane(value: unknown): value is Lane {
  return typeof value === 'string' && (LANES as readonly string[]).includes(value);
}

/** A channel's lane; frontstage when it has none. */
export function laneOf(channel: { readonly lane?: Lane } | undefined): Lane {
  return channel?.lane ?? 'frontstage';
}

export function laneRank(lane: Lane): number {
  return LANES.indexOf(lane);
}

/** Below the line of visibility: what the customer does not see (backstage actions, support processes). */
export function isBehindVisibility(lane: Lane): boolean {
  return lane === 'backstage' || lane === 'support';
}

/**
 * Whether a card may refer to a touchpoint (`touchpointId`): an irritant or enchantment says which
 * touchpoint it is about; a card of a backstage or support lane, which touchpoint it serves.
 */
export function canLinkTouchpoint(kind: CardKind, lane: Lane): boolean {
  return kind === 'irritant' || kind === 'enchantment' || isBehindVisibility(lane);
}

/** Channels grouped by lane, top to bottom, keeping their order inside a lane (a stable sort). */
export function sortByLane<T extends { readonly lane?: Lane }>(channels: readonly T[]): T[] {
  return channels
    .map((channel, i) => ({ channel, i, rank: laneRank(laneOf(channel)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.channel);
}

/** A run of consecutive rows of one lane: rows `first` .. `first + count - 1`. */
export interface LaneGroup {
  readonly lane: Lane;
  readonly first: number;
  readonly count: number;
}

/** The line(s) between two groups, drawn at the top of row `row` (the first row of the group below). */
export interface LaneBoundary {
  readonly row: number;
  /** Usually one; more when the lanes between are empty (customer actions right above backstage: interaction and visibility). */
  readonly lines: readonly LaneLine[];
}

export interface LaneGroups {
  readonly groups: readonly LaneGroup[];
  readonly boundaries: readonly LaneBoundary[];
}

const NONE: LaneGroups = { groups: [], boundaries: [] };

/**
 * The groups and lines to draw for rows already in lane order (`sortByLane`, as `toJourneyView`
 * gives them). Nothing when no channel has a lane: a plain journey map stays as it was.
 */
export function laneGroups(channels: readonly { readonly lane?: Lane }[]): LaneGroups {
  if (!channels.some((c) => c.lane !== undefined)) return NONE;
  const groups: LaneGroup[] = [];
  const boundaries: LaneBoundary[] = [];
  channels.forEach((channel, row) => {
    const lane = laneOf(channel);
    const last = groups[groups.length - 1];
    if (last && last.lane === lane) {
      groups[groups.length - 1] = { ...last, count: last.count + 1 };
      return;
    }
    if (last) {
      const lines = LANE_LINES.slice(laneRank(last.lane), laneRank(lane));
      if (lines.length > 0) boundaries.push({ row, lines });
    }
    groups.push({ lane, first: row, count: 1 });
  });
  return { groups, boundaries };
}

/** Names of the lanes and lines, in the board's language (exports) or the reader's (the app). */
export const LANE_LABELS: Readonly<
  Record<
    Locale,
    {
      readonly lanes: Readonly<Record<Lane, string>>;
      /** Where room is short (a lane's caption beside its rows). */
      readonly short: Readonly<Record<Lane, string>>;
      readonly lines: Readonly<Record<LaneLine, string>>;
    }
  >
> = {
  fr: {
    lanes: {
      customer: 'Actions du client',
      frontstage: 'Front-office (points de contact)',
      backstage: 'Back-office (coulisses)',
      support: 'Processus de support',
    },
    short: { customer: 'Client', frontstage: 'Front-office', backstage: 'Back-office', support: 'Support' },
    lines: {
      interaction: 'Ligne d’interaction',
      visibility: 'Ligne de visibilité',
      internal: 'Ligne d’interaction interne',
    },
  },
  en: {
    lanes: {
      customer: 'Customer actions',
      frontstage: 'Frontstage (touchpoints)',
      backstage: 'Backstage actions',
      support: 'Support processes',
    },
    short: { customer: 'Customer', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support' },
    lines: {
      interaction: 'Line of interaction',
      visibility: 'Line of visibility',
      internal: 'Line of internal interaction',
    },
  },
};

/** The channels `addBlueprintLanes` adds below a board's channels, named in the board's language. */
export const BLUEPRINT_CHANNELS: Readonly<Record<Locale, readonly { readonly name: string; readonly lane: Lane }[]>> = {
  fr: [
    { name: 'Actions back-office', lane: 'backstage' },
    { name: 'Processus de support', lane: 'support' },
  ],
  en: [
    { name: 'Backstage actions', lane: 'backstage' },
    { name: 'Support processes', lane: 'support' },
  ],
};

/** For readers of a channel record: the lane it declares, or none (frontstage) for anything else. */
export function toLane(value: unknown): Lane | undefined {
  return isLane(value) && value !== 'frontstage' ? value : undefined;
}

/** Colours of the lanes (a stripe and caption on the row headers) and of the lines, for the canvas and the exports alike. */
export const LANE_STYLE: Readonly<Record<Lane, { readonly fill: string; readonly text: string }>> = {
  customer: { fill: '#f6c453', text: '#7a5200' },
  frontstage: { fill: '#7fa4e8', text: '#24498f' },
  backstage: { fill: '#b197e6', text: '#4f2f99' },
  support: { fill: '#86c7ad', text: '#1f6149' },
};
export const LANE_LINE_COLOR = '#5b3fa8';
/** Dash pattern of the lines, in CSS pixels. */
export const LANE_LINE_DASH: readonly number[] = [10, 5];
