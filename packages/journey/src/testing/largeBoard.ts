import type * as Y from 'yjs';
import { addCards, MAX_CARDS_PER_INSERT, type NewCard } from '../commands/cards';
import { addChannel } from '../commands/channels';
import { addPhase } from '../commands/phases';
import { orderedJourneys } from '../read/journeyView';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { CARD_KINDS } from '../types';

export interface LargeBoardInput {
  readonly title: string;
  /** Cards to add. */
  readonly cards: number;
  /** Added after the blank template's own phases and channels; the cards go in these only. */
  readonly phases: readonly string[];
  readonly channels: readonly string[];
  readonly textOf: (i: number) => string;
  /** Card `i`'s cell as indexes into `phases` and `channels`; default: round the phases first, then the next channel. */
  readonly cellOf?: (i: number) => { readonly phase: number; readonly channel: number };
}

/**
 * A French board of many cards, built with the model's commands only (so its bytes are what the
 * product would store), kinds in turn, in batches of MAX_CARDS_PER_INSERT: the large boards of the
 * load tests and the benchmarks.
 */
export function largeBoard(input: LargeBoardInput): { doc: Y.Doc; journeyId: string } {
  const doc = createBoardDoc({ template: 'blank', locale: 'fr', title: input.title });
  const journeyId = orderedJourneys(toSnapshot(doc))[0]!.id;
  const phaseIds = input.phases.map((name) => addPhase(doc, { journeyId, name }));
  const channelIds = input.channels.map((name) => addChannel(doc, { journeyId, name }));
  const cellOf =
    input.cellOf ??
    ((i: number) => ({ phase: i % phaseIds.length, channel: Math.floor(i / phaseIds.length) % channelIds.length }));
  const all: NewCard[] = Array.from({ length: input.cards }, (_, i) => {
    const { phase, channel } = cellOf(i);
    return {
      kind: CARD_KINDS[i % CARD_KINDS.length]!,
      text: input.textOf(i),
      cell: { phaseId: phaseIds[phase]!, channelId: channelIds[channel]! },
    };
  });
  for (let i = 0; i < all.length; i += MAX_CARDS_PER_INSERT) {
    addCards(doc, { journeyId, cards: all.slice(i, i + MAX_CARDS_PER_INSERT) });
  }
  return { doc, journeyId };
}
