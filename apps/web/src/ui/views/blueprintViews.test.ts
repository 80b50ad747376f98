import type { JourneyView, Lane } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { linearFlow } from './linearFlow';
import { sortCardRows, toCardRows } from './tableRows';
import { at, journeyView } from './testViews';

/** Web, Back-office (backstage), Outils (support), with a touchpoint and the cards that serve it. */
function blueprint(): JourneyView {
  const view = journeyView({
    phases: ['Commande', 'Livraison'],
    channels: ['Web', 'Back-office', 'Outils'],
    cards: [
      at(0, 0, 'pay'),
      at(0, 1, 'pick', { kind: 'note', touchpointId: 'pay' }),
      at(1, 2, 'erp', { kind: 'note', touchpointId: 'pay' }),
      at(1, 1, 'alone', { kind: 'note' }),
      at(1, 0, 'frontNote', { kind: 'note', touchpointId: 'pay' }),
    ],
  });
  const lanes: (Lane | undefined)[] = [undefined, 'backstage', 'support'];
  return { ...view, channels: view.channels.map((c, i) => (lanes[i] ? { ...c, lane: lanes[i] } : c)) };
}

describe('views of a service blueprint', () => {
  it('the table gives each card its channel’s lane and sorts on it', () => {
    const rows = toCardRows(blueprint());
    const laneOf = Object.fromEntries(rows.map((r) => [r.card.id, r.lane]));
    expect(laneOf).toEqual({
      pay: 'frontstage',
      pick: 'backstage',
      erp: 'support',
      alone: 'backstage',
      frontNote: 'frontstage',
    });
    const sorted = sortCardRows(rows, { key: 'lane', descending: true }).map((r) => r.card.id);
    expect(sorted[0]).toBe('erp');
  });

  it('the linear view shows under a touchpoint the backstage and support cards that serve it', () => {
    const flow = linearFlow(blueprint());
    const step = flow[0]!.steps.find((s) => s.touchpoint.id === 'pay')!;
    expect(step.served.map(({ card, channel }) => [card.id, channel.lane])).toEqual([
      ['pick', 'backstage'],
      ['erp', 'support'],
    ]);
  });
});
