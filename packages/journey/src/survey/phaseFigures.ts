import type { JourneyView } from '../read/journeyView';

export interface PhaseFigures {
  readonly phaseId: string;
  /** Mean over the phase's touchpoints that have the figure; null when none has. */
  readonly csat: number | null;
  readonly nps: number | null;
  readonly ces: number | null;
  /** Touchpoints of the phase with at least one figure. */
  readonly measured: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Survey figures per phase, from its touchpoints (after an import): the row under the emotion curve
 * that shows where measured satisfaction and felt emotion disagree. An unweighted mean of
 * touchpoints, since the board keeps no response counts.
 */
export function phaseFigures(view: JourneyView): PhaseFigures[] {
  const sums = new Map<string, { csat: number[]; nps: number[]; ces: number[]; measured: number }>();
  for (const [, cards] of view.cells) {
    for (const card of cards) {
      if (card.kind !== 'touchpoint' || card.phaseId === null) continue;
      if (card.csat === undefined && card.nps === undefined && card.ces === undefined) continue;
      let sum = sums.get(card.phaseId);
      if (!sum) {
        sum = { csat: [], nps: [], ces: [], measured: 0 };
        sums.set(card.phaseId, sum);
      }
      sum.measured++;
      if (card.csat !== undefined) sum.csat.push(card.csat);
      if (card.nps !== undefined) sum.nps.push(card.nps);
      if (card.ces !== undefined) sum.ces.push(card.ces);
    }
  }
  const mean = (values: readonly number[] | undefined) =>
    values && values.length > 0 ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null;
  return view.phases.map((phase) => {
    const sum = sums.get(phase.id);
    return {
      phaseId: phase.id,
      csat: mean(sum?.csat),
      nps: mean(sum?.nps),
      ces: mean(sum?.ces),
      measured: sum?.measured ?? 0,
    };
  });
}
