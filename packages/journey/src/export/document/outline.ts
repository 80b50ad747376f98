/**
 * One journey of a map as the text deliverables read it (Markdown, Mermaid, PDF): its persona,
 * its phases in order with their cards grouped by channel, the emotion and survey figures per
 * phase, the KPIs with their gaps and the action plan ranked quick wins first. Pure, from the
 * JSON form (the same the PNG export draws), so every export shows the same board.
 */
import { sortByLane } from '../../blueprint/lanes';
import { cellKey, groupByCell } from '../../read/cardsByCell';
import { lowerIsBetter } from '../../read/derive/kpiGaps';
import { type Quadrant, quadrantOf } from '../../read/derive/quickWins';
import type {
  ActionJson,
  CardJson,
  ChannelJson,
  JourneyJson,
  JourneyMapJson,
  KpiJson,
  PersonaJson,
  PhaseJson,
} from '../../schema';
import { cardEmotion, phaseEmotions } from '../emotion';

export interface ChannelCards {
  readonly channel: ChannelJson;
  /** The cell's cards in board order. */
  readonly cards: readonly CardJson[];
}

export interface SurveyFigures {
  /** Mean over the phase's touchpoints that have it, one decimal; null when none has. */
  readonly csat: number | null;
  readonly nps: number | null;
  readonly ces: number | null;
}

export interface PhaseOutline {
  readonly phase: PhaseJson;
  readonly index: number;
  /** Only channels that have cards in this phase, in the map's row order (grouped by service-blueprint lane). */
  readonly channels: readonly ChannelCards[];
  /** Mean emotion of its touchpoints, null when none has one. */
  readonly emotion: number | null;
  readonly survey: SurveyFigures | null;
}

export interface KpiRow {
  readonly phase: PhaseJson;
  readonly kpi: KpiJson;
  /** value - target signed so that positive is better; null without both. */
  readonly gap: number | null;
}

export interface RankedAction {
  readonly action: ActionJson;
  readonly quadrant: Quadrant;
  /** Texts of the linked cards that still exist, in the action's order. */
  readonly cards: readonly string[];
}

export interface JourneyOutline {
  readonly map: JourneyMapJson;
  readonly journey: JourneyJson;
  readonly persona: PersonaJson | null;
  readonly phases: readonly PhaseOutline[];
  readonly kpis: readonly KpiRow[];
  readonly actions: readonly RankedAction[];
  /** Cards without a cell (the tray). */
  readonly unplaced: readonly CardJson[];
  readonly cardCount: number;
}

/** Thrown for a journey id the map does not have; `known` lists the ids it has. */
export class UnknownJourneyError extends RangeError {
  override readonly name = 'UnknownJourneyError';
  constructor(
    readonly journeyId: string,
    readonly known: readonly string[],
  ) {
    super(`No journey has the id "${journeyId}"; this board has: ${known.join(', ') || 'none'}.`);
  }
}

/** The journey asked for (the first when no id is given); null when the map has none. */
export function pickJourney(map: JourneyMapJson, journeyId?: string): JourneyJson | null {
  if (journeyId === undefined) return map.journeys[0] ?? null;
  const journey = map.journeys.find((j) => j.id === journeyId);
  if (!journey)
    throw new UnknownJourneyError(
      journeyId,
      map.journeys.map((j) => j.id),
    );
  return journey;
}

export function outlineJourney(map: JourneyMapJson, journey: JourneyJson): JourneyOutline {
  const persona = journey.personaId ? (map.personas.find((p) => p.id === journey.personaId) ?? null) : null;
  const { cells: byCell, unplaced } = groupByCell(journey.cards);
  const emotions = phaseEmotions(journey);
  const rows = sortByLane(journey.channels);
  const phases = journey.phases.map((phase, index): PhaseOutline => {
    const channels = rows.flatMap((channel) => {
      const cards = byCell.get(cellKey(phase.id, channel.id));
      return cards ? [{ channel, cards }] : [];
    });
    return { phase, index, channels, emotion: emotions[index] ?? null, survey: surveyOf(channels) };
  });
  const kpis = journey.phases.flatMap((phase) => (phase.kpis ?? []).map((kpi) => ({ phase, kpi, gap: gapOf(kpi) })));
  const texts = new Map(journey.cards.map((c) => [c.id, c.text]));
  const actions = rankJsonActions(journey.actions).map((action) => ({
    action,
    quadrant: quadrantOf(action),
    cards: action.cardIds.flatMap((id) => {
      const text = texts.get(id);
      return text === undefined ? [] : [text];
    }),
  }));
  return { map, journey, persona, phases, kpis, actions, unplaced, cardCount: journey.cards.length };
}

/** Quick wins first, then by impact/effort, then impact, then the plan's own order (stable). */
export function rankJsonActions(actions: readonly ActionJson[]): ActionJson[] {
  const quick = (a: ActionJson) => Number(quadrantOf(a) === 'quick-win');
  return actions
    .map((action, i) => ({ action, i }))
    .sort(
      (a, b) =>
        quick(b.action) - quick(a.action) ||
        b.action.impact / b.action.effort - a.action.impact / a.action.effort ||
        b.action.impact - a.action.impact ||
        a.i - b.i,
    )
    .map((x) => x.action);
}

function gapOf(kpi: KpiJson): number | null {
  if (kpi.value === undefined || kpi.target === undefined) return null;
  return lowerIsBetter(kpi) ? kpi.target - kpi.value : kpi.value - kpi.target;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function surveyOf(channels: readonly ChannelCards[]): SurveyFigures | null {
  const values = { csat: [] as number[], nps: [] as number[], ces: [] as number[] };
  for (const { cards } of channels) {
    for (const card of cards) {
      if (card.kind !== 'touchpoint') continue;
      if (card.csat !== undefined) values.csat.push(card.csat);
      if (card.nps !== undefined) values.nps.push(card.nps);
      if (card.ces !== undefined) values.ces.push(card.ces);
    }
  }
  const mean = (v: number[]) => (v.length ? round1(v.reduce((a, b) => a + b, 0) / v.length) : null);
  if (!values.csat.length && !values.nps.length && !values.ces.length) return null;
  return { csat: mean(values.csat), nps: mean(values.nps), ces: mean(values.ces) };
}

/** Mermaid's journey score (1..5) of an emotion (-2..2); a touchpoint without emotion is neutral (3). */
export function emotionScore(card: CardJson): number {
  const emotion = cardEmotion(card);
  return emotion === null ? 3 : Math.min(5, Math.max(1, Math.round(emotion) + 3));
}
