import { type Card, cardsAt, orderedJourneys, type Snapshot, toJourneyView } from '@parcours/journey';

/**
 * The touchpoints a rating round asks about, in the order the grid shows them: journey by journey,
 * phase by phase (columns), channel by channel (rows), then each cell's order (the model's
 * compareOrder, through its journey view); touchpoints in the tray come last.
 */
export function roundTouchpoints(snapshot: Snapshot, journeyId: string | null): Card[] {
  const journeys = journeyId === null ? orderedJourneys(snapshot) : [snapshot.journeys[journeyId]].filter((j) => !!j);
  const out: Card[] = [];
  for (const journey of journeys) {
    const view = toJourneyView(snapshot, journey.id);
    if (!view) continue;
    const touchpoint = (card: Card) => card.kind === 'touchpoint';
    for (const phase of view.phases) {
      for (const channel of view.channels) out.push(...cardsAt(view, phase.id, channel.id).filter(touchpoint));
    }
    out.push(...view.unplaced.filter(touchpoint));
  }
  return out;
}
