import {
  type Card,
  type Channel,
  cellKey,
  isBehindVisibility,
  type JourneyView,
  laneOf,
  type Phase,
} from '@parcours/journey';

export interface FlowStep {
  readonly touchpoint: Card;
  readonly channel: Channel | null;
  /** Irritants and enchantments about this touchpoint that sit in the same phase (or with it in the tray). */
  readonly linked: readonly Card[];
  /** Service blueprint: the cards of backstage and support lanes that serve this touchpoint, in map order. */
  readonly served: readonly { readonly card: Card; readonly channel: Channel }[];
}

/** An irritant or enchantment of the phase that is not shown under one of its touchpoints. */
export interface LooseCard {
  readonly card: Card;
  readonly channel: Channel | null;
  /** The touchpoint it is about when that one sits in another phase; null when it is about none. */
  readonly about: Card | null;
}

export interface FlowSection {
  /** null: cards still in the tray. */
  readonly phase: Phase | null;
  readonly steps: readonly FlowStep[];
  readonly loose: readonly LooseCard[];
}

const isPainOrGain = (card: Card) => card.kind === 'irritant' || card.kind === 'enchantment';

/**
 * The journey as one line of touchpoints: phase by phase, and inside a phase channel by channel in
 * cell order (the map read left to right, top to bottom). Every irritant and enchantment shows in
 * its own phase, as on the map: under its touchpoint when that one is in the same phase, else on
 * its own (naming the touchpoint it is about, if any). Every phase keeps its section even when
 * empty, so the flow shows the whole journey's shape.
 */
export function linearFlow(view: JourneyView): FlowSection[] {
  const touchpoints = new Map<string, Card>();
  for (const card of [...[...view.cells.values()].flat(), ...view.unplaced])
    if (card.kind === 'touchpoint') touchpoints.set(card.id, card);
  const servedBy = new Map<string, { card: Card; channel: Channel }[]>();
  for (const phase of view.phases) {
    for (const channel of view.channels) {
      if (!isBehindVisibility(laneOf(channel))) continue;
      for (const card of view.cells.get(cellKey(phase.id, channel.id)) ?? []) {
        if (isPainOrGain(card) || !card.touchpointId) continue;
        const list = servedBy.get(card.touchpointId);
        if (list) list.push({ card, channel });
        else servedBy.set(card.touchpointId, [{ card, channel }]);
      }
    }
  }
  const section = (phase: Phase | null, cells: readonly { channel: Channel | null; cards: readonly Card[] }[]) => {
    const steps = new Map<string, FlowStep & { linked: Card[] }>();
    for (const { channel, cards } of cells)
      for (const card of cards)
        if (card.kind === 'touchpoint')
          steps.set(card.id, { touchpoint: card, channel, linked: [], served: servedBy.get(card.id) ?? [] });
    const loose: LooseCard[] = [];
    for (const { channel, cards } of cells) {
      for (const card of cards) {
        if (!isPainOrGain(card)) continue;
        const step = card.touchpointId ? steps.get(card.touchpointId) : undefined;
        if (step) step.linked.push(card);
        else loose.push({ card, channel, about: (card.touchpointId && touchpoints.get(card.touchpointId)) || null });
      }
    }
    return { phase, steps: [...steps.values()], loose };
  };
  const sections: FlowSection[] = view.phases.map((phase) =>
    section(
      phase,
      view.channels.map((channel) => ({ channel, cards: view.cells.get(cellKey(phase.id, channel.id)) ?? [] })),
    ),
  );
  const tray = section(null, [{ channel: null, cards: view.unplaced }]);
  if (tray.steps.length > 0 || tray.loose.length > 0) sections.push(tray);
  return sections;
}
