import {
  addCard,
  type Card,
  cardsAt,
  createBoardDoc,
  type Snapshot,
  toJourneyView,
  toSnapshot,
} from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { roundTouchpoints } from './roundTouchpoints';

function board() {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'blank' });
  const snapshot = toSnapshot(doc);
  const journeyId = Object.keys(snapshot.journeys)[0]!;
  const view = toJourneyView(snapshot, journeyId)!;
  return { doc, journeyId, phases: view.phases, channels: view.channels };
}

/** The snapshot with these cards' order keys replaced (as a peer's older or imported keys may be). */
function withOrders(snapshot: Snapshot, orders: Record<string, string>): Snapshot {
  const cards: Record<string, Card> = { ...snapshot.cards };
  for (const [id, order] of Object.entries(orders)) cards[id] = { ...cards[id]!, order };
  return { ...snapshot, cards };
}

describe('roundTouchpoints', () => {
  it('lists the touchpoints of a cell in the order the grid shows them, whatever the case of their keys', () => {
    const { doc, journeyId, phases, channels } = board();
    const cell = { phaseId: phases[0]!.id, channelId: channels[0]!.id };
    const upper = addCard(doc, { journeyId, kind: 'touchpoint', text: 'V', cell });
    const lower = addCard(doc, { journeyId, kind: 'touchpoint', text: 'k', cell });
    // Code-unit order (the model's): 'V' < 'k'; a locale comparison would put 'k' first.
    const snapshot = withOrders(toSnapshot(doc), { [upper]: 'V', [lower]: 'k' });
    const grid = cardsAt(toJourneyView(snapshot, journeyId)!, cell.phaseId, cell.channelId).map((c) => c.id);
    expect(grid).toEqual([upper, lower]);
    expect(roundTouchpoints(snapshot, journeyId).map((c) => c.id)).toEqual(grid);
  });

  it('reads the grid phase by phase, channel by channel, the tray last, touchpoints only', () => {
    const { doc, journeyId, phases, channels } = board();
    const at = (p: number, c: number) => ({ phaseId: phases[p]!.id, channelId: channels[c]!.id });
    const later = addCard(doc, { journeyId, kind: 'touchpoint', text: 'phase 2', cell: at(1, 0) });
    const tray = addCard(doc, { journeyId, kind: 'touchpoint', text: 'tray' });
    const secondRow = addCard(doc, { journeyId, kind: 'touchpoint', text: 'phase 1, row 2', cell: at(0, 1) });
    addCard(doc, { journeyId, kind: 'irritant', text: 'not rated', cell: at(0, 0) });
    const first = addCard(doc, { journeyId, kind: 'touchpoint', text: 'phase 1, row 1', cell: at(0, 0) });
    expect(roundTouchpoints(toSnapshot(doc), journeyId).map((c) => c.id)).toEqual([first, secondRow, later, tray]);
    expect(roundTouchpoints(toSnapshot(doc), null).map((c) => c.id)).toEqual([first, secondRow, later, tray]);
  });
});
