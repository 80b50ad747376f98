import type { Card, Channel, JourneyStage, JourneyView, Phase } from '@parcours/journey';
import { cellKey } from '@parcours/journey';

/** Test helpers: a journey view built by hand, so view logic is tested without a Y.Doc. */
export function card(id: string, fields: Partial<Card> = {}): Card {
  return {
    id,
    journeyId: 'j1',
    kind: 'touchpoint',
    phaseId: null,
    channelId: null,
    order: id,
    text: id,
    keyMoment: false,
    ratings: {},
    votes: {},
    ...fields,
  };
}

export function journeyView(input: {
  id?: string;
  stage?: JourneyStage;
  phases: readonly string[];
  channels?: readonly string[];
  cards: readonly Card[];
}): JourneyView {
  const journeyId = input.id ?? 'j1';
  const phases: Phase[] = input.phases.map((name, i) => ({ id: `p${i}`, journeyId, order: String(i), name, kpis: [] }));
  const channels: Channel[] = (input.channels ?? ['Web']).map((name, i) => ({
    id: `c${i}`,
    journeyId,
    order: String(i),
    name,
  }));
  const cells = new Map<string, Card[]>();
  const unplaced: Card[] = [];
  for (const c of input.cards) {
    if (c.phaseId === null || c.channelId === null) {
      unplaced.push(c);
      continue;
    }
    const key = cellKey(c.phaseId, c.channelId);
    cells.set(key, [...(cells.get(key) ?? []), c]);
  }
  return {
    journey: { id: journeyId, order: journeyId, title: journeyId, personaId: null, stage: input.stage ?? 'as-is' },
    persona: null,
    phases,
    channels,
    cells,
    unplaced,
    actions: [],
  };
}

/** A card placed in phase p and channel c (by index), of journey j1. */
export function at(p: number, c: number, id: string, fields: Partial<Card> = {}): Card {
  return card(id, { phaseId: `p${p}`, channelId: `c${c}`, ...fields });
}
