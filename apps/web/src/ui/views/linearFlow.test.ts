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
        at(1, 1, 'wow', { kind: 'enchantment', touchpointId: 'pay' }),
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

  it('shows every irritant and enchantment in its own phase: unlinked ones, and those about a touchpoint elsewhere', () => {
    const view = journeyView({
      phases: ['Commande', 'Paiement', 'Livraison'],
      channels: ['Web'],
      cards: [
        at(0, 0, 'cart'),
        // On the map in Paiement, about the cart of Commande: read under Paiement, naming the cart.
        at(1, 0, 'refused', { kind: 'irritant', touchpointId: 'cart' }),
        at(1, 0, 'fast', { kind: 'enchantment' }),
        at(2, 0, 'late', { kind: 'irritant' }),
        card('lost', { kind: 'irritant' }),
      ],
    });
    const flow = linearFlow(view);
    expect(flow[0]!.steps[0]!.linked).toEqual([]);
    expect(flow[0]!.loose).toEqual([]);
    expect(flow[1]!.loose.map((l) => [l.card.id, l.channel?.name, l.about?.id ?? null])).toEqual([
      ['refused', 'Web', 'cart'],
      ['fast', 'Web', null],
    ]);
    expect(flow[2]!.loose.map((l) => l.card.id)).toEqual(['late']);
    expect(flow[3]!.phase).toBeNull();
    expect(flow[3]!.loose.map((l) => l.card.id)).toEqual(['lost']);
  });

  it('has no tray section when every card is placed', () => {
    const flow = linearFlow(journeyView({ phases: ['A'], cards: [at(0, 0, 't')] }));
    expect(flow).toHaveLength(1);
  });
});
