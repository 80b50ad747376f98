import { type Card, compareOrder, type Snapshot } from '@parcours/journey';

/**
 * Cards in the order a person reads the map: journey by journey, phase by phase (left to right),
 * channel by channel (top to bottom), then their order in the cell; cards in the tray last.
 */
export function inReadingOrder(snapshot: Snapshot, cards: Iterable<Card>): Card[] {
  const rank = (card: Card) => {
    const journey = snapshot.journeys[card.journeyId];
    const phase = card.phaseId ? snapshot.phases[card.phaseId] : undefined;
    const channel = card.channelId ? snapshot.channels[card.channelId] : undefined;
    return [journey, phase, channel] as const;
  };
  const compareMaybe = (a: { id: string; order: string } | undefined, b: { id: string; order: string } | undefined) =>
    a && b ? compareOrder(a, b) : a ? -1 : b ? 1 : 0;
  return [...cards].sort((a, b) => {
    const [ja, pa, ca] = rank(a);
    const [jb, pb, cb] = rank(b);
    return compareMaybe(ja, jb) || compareMaybe(pa, pb) || compareMaybe(ca, cb) || compareOrder(a, b);
  });
}

/** "Phase · Canal" of a placed card, else null (the tray). */
export function placeOf(snapshot: Snapshot, card: Card): string | null {
  const phase = card.phaseId ? snapshot.phases[card.phaseId] : undefined;
  const channel = card.channelId ? snapshot.channels[card.channelId] : undefined;
  return phase && channel ? `${phase.name} · ${channel.name}` : null;
}

/** The first words of a card's text, for a button's label. */
export function shortText(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
