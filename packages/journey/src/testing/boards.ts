import * as Y from 'yjs';
import { addCard, type NewCard } from '../commands/cards';
import type { Cell } from '../types';
import { applyOp, type Op, seedJourney } from './randomOps';

type Letter = 'a' | 'b';

/** A cell of seedJourney's journey: `seededCell('b', 'a')` is phase `phase-b`, channel `channel-a`. */
export function seededCell(phase: Letter = 'a', channel: Letter = 'a'): Cell {
  return { phaseId: `phase-${phase}`, channelId: `channel-${channel}` };
}

/** A card of `seededBoard`: placed in `seededCell(phase, channel)`, `a` and `a` when not said. */
export interface SeededCard extends Omit<NewCard, 'cell'> {
  readonly phase?: Letter;
  readonly channel?: Letter;
}

/**
 * A doc with seedJourney's journey (phases `phase-a`, `phase-b`, channels `channel-a`, `channel-b`)
 * and the given cards, each added by its own `addCard` in the order written; their ids come back
 * under the same names. The board most model tests start from.
 */
export function seededBoard<Name extends string>(
  cards: Readonly<Record<Name, SeededCard>>,
  doc = new Y.Doc(),
): { doc: Y.Doc; journeyId: string; ids: Record<Name, string> } {
  const journeyId = seedJourney(doc);
  const ids = {} as Record<Name, string>;
  for (const name of Object.keys(cards) as Name[]) {
    const { phase, channel, ...card } = cards[name];
    ids[name] = addCard(doc, { journeyId, ...card, cell: seededCell(phase, channel) });
  }
  return { doc, journeyId, ids };
}

/** Plays `ops` on the journey, in order, as one participant (the fast-check properties' random edits). */
export function applyOps(doc: Y.Doc, journeyId: string, ops: readonly Op[], participantId: string): void {
  for (const op of ops) applyOp(doc, journeyId, op, participantId);
}
