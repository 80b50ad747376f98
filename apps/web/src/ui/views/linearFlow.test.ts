import { describe, expect, it } from 'vitest';
import { linearFlow } from './linearFlow';
import { at, card, journeyView } from './testViews';

describe('linearFlow', () => {
  it('orders touchpoints phase by phase, channel by channel, with their linked irritants and enchantments', () => {
    const view = journeyView({
      phases: ['Découvrir', 'Acheter', 'Utiliser'],
      channels: ['Web', 'Magasin'],
      cards: [
        at(0, 1, 'shop'),
        at(0, 0, 'ad'),
        at(1, 0, 'pay'),
        at(1, 0, 'slow', { kind: 'irritant', touchpointId: 'pay' }),
        at(0, 0, 'note', { kind: 'note', touchpointId: 'ad' }),
        card('wow', { kind: 'enchantment', touchpointId: 'pay' }),
        card('later'),
      ],
    });
    const flow = linearFlow(view);
    expect(flow.map((s) => s.phase?.name ?? null)).toEqual(['Découvrir', 'Acheter', 'Utiliser', null]);
    expect(flow[0]!.steps.map((s) => [s.touchpoint.id, s.channel?.name])).toEqual([
      ['ad', 'Web'],
      ['shop', 'Magasin'],
    ]);
    // A note is not an irritant or enchantment: it stays on the map only.
    expect(flow[0]!.steps[0]!.linked).toEqual([]);
    expect(flow[1]!.steps[0]!.linked.map((c) => c.id)).toEqual(['slow', 'wow']);
    expect(flow[2]!.steps).toEqual([]);
    expect(flow[3]!.steps.map((s) => [s.touchpoint.id, s.channel])).toEqual([['later', null]]);
  });

  it('has no tray section when every touchpoint is placed', () => {
    const flow = linearFlow(journeyView({ phases: ['A'], cards: [at(0, 0, 't')] }));
    expect(flow).toHaveLength(1);
  });
});
