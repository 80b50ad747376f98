import type { CardJson, JourneyJson } from '../schema';

/** A touchpoint's emotion: the mean of participants' ratings, else the facilitator's value, else null. */
export function cardEmotion(card: CardJson): number | null {
  const ratings = Object.values(card.ratings ?? {});
  if (ratings.length > 0) return ratings.reduce((a, b) => a + b, 0) / ratings.length;
  return card.emotion ?? null;
}

/**
 * One value per phase, in phase order: the mean over its touchpoints that have an emotion, null
 * when none has (the curve skips that phase rather than drawing a made-up neutral point).
 * The same rule as read/derive/emotionCurve, on the JSON form the export works from.
 */
export function phaseEmotions(journey: JourneyJson): (number | null)[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const card of journey.cards) {
    if (card.kind !== 'touchpoint' || card.phaseId === null) continue;
    const value = cardEmotion(card);
    if (value === null) continue;
    const acc = sums.get(card.phaseId) ?? { sum: 0, count: 0 };
    acc.sum += value;
    acc.count++;
    sums.set(card.phaseId, acc);
  }
  return journey.phases.map((phase) => {
    const acc = sums.get(phase.id);
    return acc ? acc.sum / acc.count : null;
  });
}
