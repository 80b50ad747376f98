/**
 * One journey as a GitHub-flavoured Markdown page to paste into a wiki: persona, one section per
 * phase (touchpoints by channel with does / thinks / feels / needs, irritants, enchantments,
 * notes, emotion and survey figures), the emotion per phase, the KPIs and the action plan as
 * tables. On a service blueprint, each phase's rows are grouped under their lane, with the lines of
 * interaction, visibility and internal interaction between the lanes, and a backstage or support
 * card names the touchpoint it serves. Pure and deterministic: the same board gives the same text, so it diffs well in git.
 */
import { isBehindVisibility, LANE_LABELS, laneGroups, laneOf, sortByLane } from '../../blueprint/lanes';
import type { CardJson, ChannelJson, JourneyMapJson } from '../../schema';
import { cardEmotion } from '../emotion';
import { DOCUMENT_LABELS, type DocumentLabels, formatAmount, formatEmotion, formatNumber } from './labels';
import { inlineMarkdown, markdownTable, oneLineMarkdown } from './markdownText';
import { type ChannelCards, type JourneyOutline, outlineJourney, type PhaseOutline, pickJourney } from './outline';

export interface DocumentOptions {
  /** Default: the first journey. An unknown id throws UnknownJourneyError. */
  readonly journeyId?: string;
}

export function toMarkdown(map: JourneyMapJson, options: DocumentOptions = {}): string {
  const L = DOCUMENT_LABELS[map.locale];
  const journey = pickJourney(map, options.journeyId);
  const out: string[] = [`# ${oneLineMarkdown(map.title, L.untitled)}`];
  if (!journey) {
    out.push(`*${L.noJourney}*`);
    return `${out.join('\n\n')}\n`;
  }
  const outline = outlineJourney(map, journey);
  const stage = journey.stage === 'to-be' ? L.toBe : L.asIs;
  out.push(`**${L.journey}**${L.colon}${oneLineMarkdown(journey.title, L.untitled)} (${stage})`);
  out.push(...personaSection(outline, L));
  // A board that never used lanes reads as before; one with lanes groups each phase's rows by lane.
  const blueprint = laneGroups(sortByLane(journey.channels)).groups.length > 0 ? lanesOf(outline, L) : null;
  for (const phase of outline.phases) out.push(...phaseSection(phase, outline, L, blueprint));
  out.push(...emotionSection(outline, L));
  out.push(...kpiSection(outline, L));
  out.push(...actionSection(outline, L));
  if (outline.unplaced.length > 0) {
    out.push(`## ${L.unplaced}`, outline.unplaced.map((card) => `- ${cardItem(card, L)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

function personaSection({ persona, map }: JourneyOutline, L: DocumentLabels): string[] {
  if (!persona) return [];
  const out = [`## ${L.persona}${L.colon}${oneLineMarkdown(persona.name, L.untitled)}`];
  if (persona.quote?.trim()) {
    const [open, close] = map.locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
    out.push(`> ${open}${inlineMarkdown(persona.quote)}${close}`);
  }
  const items: string[] = [];
  const field = (label: string, value: string) => items.push(`- **${label}**${L.colon}${value}`);
  if (persona.segment?.trim()) field(L.segment, inlineMarkdown(persona.segment));
  if (persona.description?.trim()) field('Description', inlineMarkdown(persona.description));
  const list = (values: readonly string[] | undefined) =>
    (values ?? [])
      .map((v) => inlineMarkdown(v))
      .filter(Boolean)
      .join(' ; ');
  if (persona.goals?.length) field(L.goals, list(persona.goals));
  if (persona.frustrations?.length) field(L.frustrations, list(persona.frustrations));
  if (items.length > 0) out.push(items.join('\n'));
  return out;
}

/** What a board with lanes adds to its card lists: each row's lane, the touchpoint a card serves. */
interface Lanes {
  /** " (sert : <touchpoint>)" after a backstage or support card linked to the touchpoint it serves; else "". */
  readonly served: (channel: ChannelJson, card: CardJson) => string;
}

function lanesOf(outline: JourneyOutline, L: DocumentLabels): Lanes {
  // By id once: a 10,000-card blueprint is not searched card by card for each link.
  const byId = new Map(outline.journey.cards.map((card) => [card.id, card]));
  return {
    served: (channel, card) => {
      if (!card.touchpointId || !isBehindVisibility(laneOf(channel))) return '';
      const touchpoint = byId.get(card.touchpointId);
      return touchpoint ? ` (${L.serves}${L.colon}${oneLineMarkdown(touchpoint.text, L.noText)})` : '';
    },
  };
}

function phaseSection(
  outline: PhaseOutline,
  journey: JourneyOutline,
  L: DocumentLabels,
  blueprint: Lanes | null,
): string[] {
  const locale = journey.map.locale;
  const out = [`## ${outline.index + 1}. ${oneLineMarkdown(outline.phase.name, L.untitled)}`];
  const figures: string[] = [];
  if (outline.emotion !== null) figures.push(`**${L.emotion}**${L.colon}${formatEmotion(outline.emotion, locale)}`);
  figures.push(...surveyFigures(outline, locale));
  if (figures.length > 0) out.push(figures.join(' · '));
  if (outline.phase.kpis?.length) {
    const kpis = journey.kpis.filter((k) => k.phase === outline.phase);
    out.push(
      `**${L.kpis}**${L.colon}${kpis
        .map(({ kpi }) => {
          const value = kpi.value === undefined ? '' : ` ${formatAmount(kpi.value, kpi.unit, locale)}`;
          const target = kpi.target === undefined ? '' : ` → ${formatAmount(kpi.target, kpi.unit, locale)}`;
          return oneLineMarkdown(`${kpi.name}${value}${target}`, L.untitled);
        })
        .join(' · ')}`,
    );
  }
  if (!blueprint) return [...out, ...cardBlocks(outline.channels, '###', journey, L, null)];
  // A service blueprint: the phase's rows under their lane, the line(s) between two lanes in between.
  const lanes = LANE_LABELS[locale];
  const { groups, boundaries } = laneGroups(outline.channels.map(({ channel }) => ({ lane: laneOf(channel) })));
  for (const group of groups) {
    const boundary = boundaries.find((b) => b.row === group.first);
    if (boundary) out.push(`*— ${boundary.lines.map((line) => lanes.lines[line]).join(' · ')} —*`);
    out.push(`### ${lanes.lanes[group.lane]}`);
    const rows = outline.channels.slice(group.first, group.first + group.count);
    out.push(...cardBlocks(rows, '####', journey, L, blueprint));
  }
  return out;
}

/**
 * A phase's touchpoints as a table (with each row's lane on a board with lanes, so a table copied
 * out of the page keeps it) and its irritants, enchantments and notes as lists, labelled by channel.
 */
function cardBlocks(
  channels: readonly ChannelCards[],
  heading: string,
  journey: JourneyOutline,
  L: DocumentLabels,
  lanes: Lanes | null,
): string[] {
  const locale = journey.map.locale;
  const out: string[] = [];
  const placed = channels.flatMap(({ channel, cards }) => cards.map((card) => ({ channel, card })));
  const text = (channel: ChannelJson, card: CardJson) =>
    `${inlineMarkdown(card.text, L.noText)}${card.keyMoment ? ` (★ ${L.keyMoment})` : ''}${lanes?.served(channel, card) ?? ''}`;
  const touchpoints = placed.filter((p) => p.card.kind === 'touchpoint');
  if (touchpoints.length > 0) {
    out.push(`${heading} ${L.touchpoints}`);
    const laneColumn = lanes ? [L.lane] : [];
    out.push(
      markdownTable(
        [...laneColumn, L.channel, L.touchpoint, L.does, L.thinks, L.feels, L.needs, L.emotion],
        touchpoints.map(({ channel, card }) => {
          const emotion = cardEmotion(card);
          return [
            ...(lanes ? [LANE_LABELS[locale].short[laneOf(channel)]] : []),
            oneLineMarkdown(channel.name, L.untitled),
            text(channel, card),
            inlineMarkdown(card.does ?? ''),
            inlineMarkdown(card.thinks ?? ''),
            inlineMarkdown(card.feels ?? ''),
            inlineMarkdown(card.needs ?? ''),
            emotion === null ? '' : formatEmotion(emotion, locale),
          ];
        }),
      ),
    );
  }
  const lists: [string, CardJson['kind']][] = [
    [L.irritants, 'irritant'],
    [L.enchantments, 'enchantment'],
    [L.notes, 'note'],
  ];
  for (const [title, kind] of lists) {
    const cards = placed.filter((p) => p.card.kind === kind);
    if (cards.length === 0) continue;
    out.push(
      `${heading} ${title}`,
      cards
        .map(
          ({ channel, card }) => `- **${oneLineMarkdown(channel.name, L.untitled)}**${L.colon}${text(channel, card)}`,
        )
        .join('\n'),
    );
  }
  return out;
}

function surveyFigures(outline: PhaseOutline, locale: JourneyOutline['map']['locale']): string[] {
  const survey = outline.survey;
  if (!survey) return [];
  const out: string[] = [];
  if (survey.csat !== null) out.push(`**CSAT** ${formatNumber(survey.csat, locale, 1)}`);
  if (survey.nps !== null) out.push(`**NPS** ${formatNumber(survey.nps, locale, 1)}`);
  if (survey.ces !== null) out.push(`**CES** ${formatNumber(survey.ces, locale, 1)}`);
  return out;
}

function emotionSection(outline: JourneyOutline, L: DocumentLabels): string[] {
  if (outline.phases.length === 0) return [];
  const locale = outline.map.locale;
  const withSurvey = outline.phases.some((p) => p.survey !== null);
  const figure = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, locale, 1));
  const header = [L.phase, L.emotion, ...(withSurvey ? ['CSAT', 'NPS', 'CES'] : [])];
  const rows = outline.phases.map((p) => [
    oneLineMarkdown(p.phase.name, L.untitled),
    p.emotion === null ? '' : formatEmotion(p.emotion, locale),
    ...(withSurvey ? [figure(p.survey?.csat), figure(p.survey?.nps), figure(p.survey?.ces)] : []),
  ]);
  return [`## ${L.emotionCurve}`, markdownTable(header, rows)];
}

function kpiSection(outline: JourneyOutline, L: DocumentLabels): string[] {
  if (outline.kpis.length === 0) return [];
  const locale = outline.map.locale;
  const rows = outline.kpis.map(({ phase, kpi, gap }) => [
    oneLineMarkdown(phase.name, L.untitled),
    oneLineMarkdown(kpi.name, L.untitled),
    kpi.value === undefined ? '' : oneLineMarkdown(formatAmount(kpi.value, kpi.unit, locale)),
    kpi.target === undefined ? '' : oneLineMarkdown(formatAmount(kpi.target, kpi.unit, locale)),
    gap === null
      ? ''
      : `${gap >= 0 ? '✓' : '✗'} ${gap > 0 ? '+' : ''}${oneLineMarkdown(formatAmount(gap, kpi.unit, locale))} (${gap >= 0 ? L.met : L.notMet})`,
  ]);
  return [`## ${L.kpis}`, markdownTable([L.phase, L.kpi, L.value, L.target, L.gap], rows)];
}

function actionSection(outline: JourneyOutline, L: DocumentLabels): string[] {
  if (outline.actions.length === 0) return [];
  const rows = outline.actions.map(({ action, quadrant, cards }) => [
    inlineMarkdown(action.title, L.untitled),
    L.quadrants[quadrant],
    String(action.impact),
    String(action.effort),
    inlineMarkdown(action.owner ?? ''),
    action.due ?? '',
    L.statuses[action.status],
    cards.map((text) => inlineMarkdown(text, L.noText)).join(' ; '),
  ]);
  return [
    `## ${L.actionPlan}`,
    markdownTable(
      [L.action, L.priority, `${L.impact} (1-5)`, `${L.effort} (1-5)`, L.owner, L.due, L.status, L.linkedCards],
      rows,
    ),
  ];
}

function cardItem(card: CardJson, L: DocumentLabels): string {
  return `**${L.kinds[card.kind]}**${L.colon}${inlineMarkdown(card.text, L.noText)}`;
}
