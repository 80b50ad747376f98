import { type Card, cellKey, type JourneyView } from '@parcours/journey';

/**
 * Selected cards in reading order (row by row, cell by cell, then the tray: the order the layout draws), so that a
 * moved, copied or duplicated group keeps the order people see, whatever order they clicked in.
 */
export function selectedInOrder(view: JourneyView, selection: ReadonlySet<string>): Card[] {
  if (selection.size === 0) return [];
  const out: Card[] = [];
  for (const channel of view.channels) {
    for (const phase of view.phases) {
      for (const card of view.cells.get(cellKey(phase.id, channel.id)) ?? [])
        if (selection.has(card.id)) out.push(card);
    }
  }
  for (const card of view.unplaced) if (selection.has(card.id)) out.push(card);
  return out;
}

/** Every card id of the journey (select all). */
export function allCardIds(view: JourneyView): string[] {
  const out: string[] = [];
  for (const list of view.cells.values()) for (const card of list) out.push(card.id);
  for (const card of view.unplaced) out.push(card.id);
  return out;
}
