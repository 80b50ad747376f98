import { type Card, type Channel, cellKey, type JourneyView, type Phase } from '@parcours/journey';

export interface FlowStep {
  readonly touchpoint: Card;
  readonly channel: Channel | null;
  /** Irritants and enchantments about this touchpoint, wherever they sit on the map. */
  readonly linked: readonly Card[];
}

export interface FlowSection {
  /** null: touchpoints still in the tray. */
  readonly phase: Phase | null;
  readonly steps: readonly FlowStep[];
}

/**
 * The journey as one line of touchpoints: phase by phase, and inside a phase channel by channel in
 * cell order (the map read left to right, top to bottom). Every phase keeps its section even when
 * empty, so the flow shows the whole journey's shape.
 */
export function linearFlow(view: JourneyView): FlowSection[] {
  const linked = new Map<string, Card[]>();
  const all = [...[...view.cells.values()].flat(), ...view.unplaced];
  for (const card of all) {
    if (!card.touchpointId || (card.kind !== 'irritant' && card.kind !== 'enchantment')) continue;
    const list = linked.get(card.touchpointId);
    if (list) list.push(card);
    else linked.set(card.touchpointId, [card]);
  }
  const step = (touchpoint: Card, channel: Channel | null): FlowStep => ({
    touchpoint,
    channel,
    linked: linked.get(touchpoint.id) ?? [],
  });
  const sections: FlowSection[] = view.phases.map((phase) => ({
    phase,
    steps: view.channels.flatMap((channel) =>
      (view.cells.get(cellKey(phase.id, channel.id)) ?? [])
        .filter((c) => c.kind === 'touchpoint')
        .map((c) => step(c, channel)),
    ),
  }));
  const tray = view.unplaced.filter((c) => c.kind === 'touchpoint').map((c) => step(c, null));
  if (tray.length > 0) sections.push({ phase: null, steps: tray });
  return sections;
}
