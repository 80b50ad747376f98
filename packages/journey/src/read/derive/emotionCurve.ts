import { groupBy } from '../../groupBy';
import type { Card } from '../../types';
import type { JourneyView } from '../journeyView';

/** A touchpoint's emotion: the mean of participants' ratings, else the facilitator's value, else null. */
export function touchpointEmotion(card: Card): number | null {
  const ratings = Object.values(card.ratings);
  if (ratings.length > 0) return ratings.reduce((a: number, b) => a + b, 0) / ratings.length;
  return card.emotion ?? null;
}

export interface EmotionPoint {
  readonly phaseId: string;
  /** Mean over the phase's touchpoints that have an emotion; null when none has. */
  readonly value: number | null;
  /** Lowest and highest single opinion in the phase (a rating, or the facilitator's value where nobody rated): the spread shows disagreement. */
  readonly min: number | null;
  readonly max: number | null;
  /** How many touchpoints contributed. */
  readonly count: number;
}

/** The emotion curve of a journey: one point per phase, in phase order. */
export function emotionCurve(view: JourneyView): EmotionPoint[] {
  const touchpoints = [...view.cells.values()].flat().filter((card) => card.kind === 'touchpoint');
  const byPhase = groupBy(touchpoints, (card) => card.phaseId);
  return view.phases.map((phase) => {
    let sum = 0;
    let count = 0;
    let min: number | null = null;
    let max: number | null = null;
    for (const card of byPhase.get(phase.id) ?? []) {
      const value = touchpointEmotion(card);
      if (value === null) continue;
      sum += value;
      count++;
      const opinions = Object.values(card.ratings);
      for (const v of opinions.length > 0 ? opinions : [value]) {
        min = min === null ? v : Math.min(min, v);
        max = max === null ? v : Math.max(max, v);
      }
    }
    return { phaseId: phase.id, value: count > 0 ? sum / count : null, min, max, count };
  });
}
