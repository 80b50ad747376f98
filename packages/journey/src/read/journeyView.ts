import { sortByLane } from '../blueprint/lanes';
import { sortByOrder } from '../order';
import type { Action, Card, Channel, Journey, Persona, Phase, Snapshot } from '../types';
import { cellKey, groupByCell } from './cardsByCell';

/** One journey laid out for display: everything in order, cards grouped by cell. */
export interface JourneyView {
  readonly journey: Journey;
  readonly persona: Persona | null;
  readonly phases: readonly Phase[];
  /** Grouped by service-blueprint lane (customer, frontstage, backstage, support), in order inside each. */
  readonly channels: readonly Channel[];
  /** Cards of each cell in order, keyed by `cellKey(phaseId, channelId)`; empty cells are absent. */
  readonly cells: ReadonlyMap<string, readonly Card[]>;
  /** Cards without a cell (the tray), in order. */
  readonly unplaced: readonly Card[];
  readonly actions: readonly Action[];
}

const EMPTY: readonly Card[] = [];

export { cellKey, groupByCell } from './cardsByCell';

/** Journeys of the board in display order. */
export function orderedJourneys(snapshot: Snapshot): Journey[] {
  return sortByOrder(Object.values(snapshot.journeys));
}

/** Personas of the board in display order. */
export function orderedPersonas(snapshot: Snapshot): Persona[] {
  return sortByOrder(Object.values(snapshot.personas));
}

/**
 * Lays out one journey. Pass the previous view to keep the identity of every cell list whose cards
 * did not change, so a cell component re-renders only when its own cards do.
 */
export function toJourneyView(
  snapshot: Snapshot,
  journeyId: string,
  previous?: JourneyView | null,
): JourneyView | null {
  const journey = snapshot.journeys[journeyId];
  if (!journey) return null;
  const phases = sortByOrder(Object.values(snapshot.phases).filter((p) => p.journeyId === journeyId));
  const channels = sortByLane(sortByOrder(Object.values(snapshot.channels).filter((c) => c.journeyId === journeyId)));
  const { cells: groups, unplaced: tray } = groupByCell(
    Object.values(snapshot.cards).filter((card) => card.journeyId === journeyId),
  );
  const cells = new Map<string, readonly Card[]>();
  for (const [key, list] of groups) cells.set(key, reuse(previous?.cells.get(key), sortByOrder(list)));
  return {
    journey,
    persona: journey.personaId ? (snapshot.personas[journey.personaId] ?? null) : null,
    phases: reuse(previous?.phases, phases),
    channels: reuse(previous?.channels, channels),
    cells,
    unplaced: reuse(previous?.unplaced, sortByOrder(tray)),
    actions: reuse(
      previous?.actions,
      sortByOrder(Object.values(snapshot.actions).filter((a) => a.journeyId === journeyId)),
    ),
  };
}

/** Cards of one cell from a view (an empty, shared list when none). */
export function cardsAt(view: JourneyView, phaseId: string, channelId: string): readonly Card[] {
  return view.cells.get(cellKey(phaseId, channelId)) ?? EMPTY;
}

function reuse<T>(before: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  if (before && before.length === next.length && before.every((x, i) => x === next[i])) return before;
  return next;
}
