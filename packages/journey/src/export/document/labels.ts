/**
 * Words of the text deliverables (Markdown, Mermaid, PDF) in the board's language, and number
 * formatting that does not depend on the ICU data of the machine, so the same board always gives
 * the same text.
 */

import { QUADRANT_LABELS, STATUS_LABELS } from '../../plan/planLabels';
import type { Quadrant } from '../../read/derive/quickWins';
import type { ActionStatus, CardKind, Locale } from '../../types';

export interface DocumentLabels {
  readonly journey: string;
  readonly asIs: string;
  readonly toBe: string;
  readonly persona: string;
  readonly segment: string;
  readonly goals: string;
  readonly frustrations: string;
  readonly phase: string;
  readonly channel: string;
  /** Service-blueprint lane (a column of the Markdown tables of a board with lanes). */
  readonly lane: string;
  /** "text (sert : touchpoint)": the touchpoint a backstage or support card serves. */
  readonly serves: string;
  readonly touchpoints: string;
  readonly touchpoint: string;
  readonly does: string;
  readonly thinks: string;
  readonly feels: string;
  readonly needs: string;
  readonly emotion: string;
  readonly emotionCurve: string;
  readonly keyMoment: string;
  readonly irritants: string;
  readonly enchantments: string;
  readonly notes: string;
  readonly kinds: Readonly<Record<CardKind, string>>;
  readonly kpis: string;
  readonly kpi: string;
  readonly value: string;
  readonly target: string;
  readonly gap: string;
  readonly met: string;
  readonly notMet: string;
  readonly survey: string;
  readonly actionPlan: string;
  readonly action: string;
  readonly impact: string;
  readonly effort: string;
  readonly priority: string;
  readonly owner: string;
  readonly due: string;
  readonly status: string;
  readonly linkedCards: string;
  readonly quadrants: Readonly<Record<Quadrant, string>>;
  readonly statuses: Readonly<Record<ActionStatus, string>>;
  readonly unplaced: string;
  readonly kind: string;
  readonly text: string;
  readonly noText: string;
  readonly untitled: string;
  readonly none: string;
  readonly noJourney: string;
  readonly continued: string;
  readonly page: string;
  readonly colon: string;
  readonly cards: (n: number) => string;
}

export const DOCUMENT_LABELS: Readonly<Record<Locale, DocumentLabels>> = {
  fr: {
    journey: 'Parcours',
    asIs: 'parcours actuel',
    toBe: 'parcours cible',
    persona: 'Persona',
    segment: 'Segment',
    goals: 'Objectifs',
    frustrations: 'Frustrations',
    phase: 'Phase',
    channel: 'Canal',
    lane: 'Couloir',
    serves: 'sert',
    touchpoints: 'Points de contact',
    touchpoint: 'Point de contact',
    does: 'Fait',
    thinks: 'Pense',
    feels: 'Ressent',
    needs: 'Besoin',
    emotion: 'Émotion',
    emotionCurve: 'Courbe des émotions',
    keyMoment: 'moment clé',
    irritants: 'Irritants',
    enchantments: 'Enchantements',
    notes: 'Notes',
    kinds: { touchpoint: 'Point de contact', irritant: 'Irritant', enchantment: 'Enchantement', note: 'Note' },
    kpis: 'Indicateurs (KPI)',
    kpi: 'Indicateur',
    value: 'Valeur',
    target: 'Cible',
    gap: 'Écart',
    met: 'atteint',
    notMet: 'non atteint',
    survey: 'Enquête (CSAT, NPS, CES)',
    actionPlan: "Plan d'actions",
    action: 'Action',
    impact: 'Impact',
    effort: 'Effort',
    priority: 'Priorité',
    owner: 'Responsable',
    due: 'Échéance',
    status: 'Statut',
    linkedCards: 'Cartes liées',
    quadrants: QUADRANT_LABELS.fr,
    statuses: STATUS_LABELS.fr,
    unplaced: 'Cartes non placées',
    kind: 'Type',
    text: 'Texte',
    noText: '(sans texte)',
    untitled: '(sans nom)',
    none: 'aucun',
    noJourney: 'Aucun parcours',
    continued: 'suite',
    page: 'Page',
    colon: ' : ',
    cards: (n) => `${n} carte${n > 1 ? 's' : ''}`,
  },
  en: {
    journey: 'Journey',
    asIs: 'current journey',
    toBe: 'target journey',
    persona: 'Persona',
    segment: 'Segment',
    goals: 'Goals',
    frustrations: 'Frustrations',
    phase: 'Phase',
    channel: 'Channel',
    lane: 'Lane',
    serves: 'serves',
    touchpoints: 'Touchpoints',
    touchpoint: 'Touchpoint',
    does: 'Does',
    thinks: 'Thinks',
    feels: 'Feels',
    needs: 'Needs',
    emotion: 'Emotion',
    emotionCurve: 'Emotion curve',
    keyMoment: 'key moment',
    irritants: 'Pain points',
    enchantments: 'Delights',
    notes: 'Notes',
    kinds: { touchpoint: 'Touchpoint', irritant: 'Pain point', enchantment: 'Delight', note: 'Note' },
    kpis: 'KPIs',
    kpi: 'KPI',
    value: 'Value',
    target: 'Target',
    gap: 'Gap',
    met: 'met',
    notMet: 'not met',
    survey: 'Survey (CSAT, NPS, CES)',
    actionPlan: 'Action plan',
    action: 'Action',
    impact: 'Impact',
    effort: 'Effort',
    priority: 'Priority',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    linkedCards: 'Linked cards',
    quadrants: QUADRANT_LABELS.en,
    statuses: STATUS_LABELS.en,
    unplaced: 'Unplaced cards',
    kind: 'Kind',
    text: 'Text',
    noText: '(no text)',
    untitled: '(untitled)',
    none: 'none',
    noJourney: 'No journey',
    continued: 'continued',
    page: 'Page',
    colon: ': ',
    cards: (n) => `${n} card${n > 1 ? 's' : ''}`,
  },
};

/** A number with at most `decimals` decimals, a decimal comma in French; no grouping (stable, diffable). */
export function formatNumber(n: number, locale: Locale, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(n * factor) / factor;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** An emotion value with its sign: "+1,5", "0", "-2". */
export function formatEmotion(value: number, locale: Locale): string {
  const text = formatNumber(value, locale, 1);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A value with its unit: "12 %" in French, "12%" in English, "3 min" in both. */
export function formatAmount(n: number, unit: string | undefined, locale: Locale): string {
  const value = formatNumber(n, locale);
  if (!unit) return value;
  return unit === '%' && locale === 'en' ? `${value}%` : `${value} ${unit}`;
}
