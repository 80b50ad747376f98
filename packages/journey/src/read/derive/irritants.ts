import type { Card } from '../../types';
import { cellKey, type JourneyView } from '../journeyView';

export interface IrritantCounts {
  readonly byPhase: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  /** Placed irritants plus those still in the tray. */
  readonly total: number;
}

/** Irritants (pain points) per phase and per channel, to show where the journey hurts most. */
export function irritantCounts(view: JourneyView): IrritantCounts {
  const byPhase: Record<string, number> = Object.fromEntries(view.phases.map((p) => [p.id, 0]));
  const byChannel: Record<string, number> = Object.fromEntries(view.channels.map((c) => [c.id, 0]));
  let total = view.unplaced.filter((c) => c.kind === 'irritant').length;
  for (const [, cards] of view.cells) {
    for (const card of cards) {
      if (card.kind !== 'irritant') continue;
      total++;
      if (card.phaseId !== null) byPhase[card.phaseId] = (byPhase[card.phaseId] ?? 0) + 1;
      if (card.channelId !== null) byChannel[card.channelId] = (byChannel[card.channelId] ?? 0) + 1;
    }
  }
  return { byPhase, byChannel, total };
}

/** Key moments (moments de vérité) in reading order: phase by phase, channel by channel, then the tray. */
export function keyMoments(view: JourneyView): Card[] {
  const out: Card[] = [];
  for (const phase of view.phases) {
    for (const channel of view.channels) {
      for (const card of view.cells.get(cellKey(phase.id, channel.id)) ?? []) if (card.keyMoment) out.push(card);
    }
  }
  for (const card of view.unplaced) if (card.keyMoment) out.push(card);
  return out;
}

/** Total dots on a card. */
export function voteCount(card: Card): number {
  let total = 0;
  for (const n of Object.values(card.votes)) total += n;
  return total;
}
