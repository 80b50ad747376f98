import { groupBy } from '../groupBy';

/** A cell's key in the maps of cards by cell (a JourneyView's `cells`, the exports' layouts). */
export function cellKey(phaseId: string, channelId: string): string {
  return `${phaseId}\u0000${channelId}`;
}

/**
 * Cards grouped by cell, keyed by cellKey, each cell's in the order given; the cards without a cell
 * (either id null) apart, in the order given too. For snapshot cards and the JSON form's alike.
 */
export function groupByCell<T extends { readonly phaseId: string | null; readonly channelId: string | null }>(
  cards: Iterable<T>,
): { cells: Map<string, T[]>; unplaced: T[] } {
  const placed: T[] = [];
  const unplaced: T[] = [];
  for (const card of cards) (card.phaseId === null || card.channelId === null ? unplaced : placed).push(card);
  const cells = groupBy(placed, (card) => cellKey(card.phaseId!, card.channelId!));
  return { cells, unplaced };
}
