import { CARD_KINDS, type CardKind, type EmotionPoint, type Journey, type JourneyView } from '@parcours/journey';

/** One phase position of the comparison: the n-th phase of each journey, side by side. */
export interface AlignedPoint {
  readonly index: number;
  readonly a: { readonly name: string; readonly value: number | null } | null;
  readonly b: { readonly name: string; readonly value: number | null } | null;
}

/**
 * Aligns two emotion curves by phase position (phase 1 with phase 1...): an as-is and a to-be
 * journey rarely share phase ids, and often not names either, but their steps correspond in order.
 * The shorter journey has no point past its end.
 */
export function alignCurves(
  a: readonly EmotionPoint[],
  aNames: readonly string[],
  b: readonly EmotionPoint[],
  bNames: readonly string[],
): AlignedPoint[] {
  const length = Math.max(a.length, b.length);
  return Array.from({ length }, (_, index) => ({
    index,
    a: index < a.length ? { name: aNames[index] ?? '', value: a[index]!.value } : null,
    b: index < b.length ? { name: bNames[index] ?? '', value: b[index]!.value } : null,
  }));
}

/**
 * SVG path of one curve through the points that have a value; a phase without emotion breaks the
 * line (a gap says "not rated", a straight line across it would invent a value).
 */
export function curvePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(x(index))} ${round(y(value))}`);
    drawing = true;
  });
  return parts.join(' ');
}

export type KindCounts = Readonly<Record<CardKind, number>>;

/** Cards of each kind in each phase (placed cards only), in phase order. */
export function kindCountsByPhase(view: JourneyView): KindCounts[] {
  const index = new Map(view.phases.map((p, i) => [p.id, i]));
  const counts = view.phases.map(() => Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>);
  for (const cards of view.cells.values()) {
    for (const card of cards) {
      const i = card.phaseId === null ? undefined : index.get(card.phaseId);
      if (i !== undefined) counts[i]![card.kind]++;
    }
  }
  return counts;
}

/**
 * The two journeys compared first: the current one, and the first other to-be journey, preferring
 * one of the same persona (the usual as-is / to-be pair), else any other journey.
 */
export function defaultPair(journeys: readonly Journey[], currentId: string | null): [string | null, string | null] {
  const current = journeys.find((j) => j.id === currentId) ?? journeys[0] ?? null;
  if (!current) return [null, null];
  const others = journeys.filter((j) => j.id !== current.id);
  const toBe = others.filter((j) => j.stage === 'to-be');
  const other =
    toBe.find((j) => j.personaId !== null && j.personaId === current.personaId) ?? toBe[0] ?? others[0] ?? null;
  return [current.id, other?.id ?? null];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A journey's name with its stage, unless the title already says it ("Achat (cible)" stays as is). */
export function titleWithStage(title: string, stage: string): string {
  return title.toLocaleLowerCase().includes(`(${stage.toLocaleLowerCase()})`) ? title : `${title} (${stage})`;
}
