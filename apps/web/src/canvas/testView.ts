import { toJourneyView, toSnapshot } from '@parcours/journey';
import { createSampleBoard } from './dev/sampleBoard';

/** A laid-out sample journey for unit tests: the real model, no stubs. */
export function sampleView(cards: number, options: { unplaced?: number; kpis?: boolean } = {}) {
  const board = createSampleBoard(cards, options);
  const view = toJourneyView(toSnapshot(board.doc), board.journeyId);
  if (!view) throw new Error('sample journey missing');
  return { ...board, view };
}
