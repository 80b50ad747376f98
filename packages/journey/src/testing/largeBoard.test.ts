import { describe, expect, it } from 'vitest';
import { MAX_CARDS_PER_INSERT } from '../commands/cards';
import { toJson } from '../format/toJson';
import { largeBoard } from './largeBoard';

describe('largeBoard', () => {
  it('places card i round the phases first, kinds in turn, after the blank template’s rows', () => {
    const { doc, journeyId } = largeBoard({
      title: 'Grand',
      cards: 6,
      phases: ['P1', 'P2'],
      channels: ['C1', 'C2'],
      textOf: (i) => `carte ${i}`,
    });
    const journey = toJson(doc).journeys[0]!;
    expect(journey.id).toBe(journeyId);
    const phase = (id: string) => journey.phases.find((p) => p.id === id)!.name;
    const channel = (id: string) => journey.channels.find((c) => c.id === id)!.name;
    const cards = [...journey.cards].sort((a, b) => a.text.localeCompare(b.text));
    expect(cards.map((c) => [c.text, c.kind, phase(c.phaseId!), channel(c.channelId!)])).toEqual([
      ['carte 0', 'touchpoint', 'P1', 'C1'],
      ['carte 1', 'irritant', 'P2', 'C1'],
      ['carte 2', 'enchantment', 'P1', 'C2'],
      ['carte 3', 'note', 'P2', 'C2'],
      ['carte 4', 'touchpoint', 'P1', 'C1'],
      ['carte 5', 'irritant', 'P2', 'C1'],
    ]);
    expect(journey.phases.map((p) => p.name)).toEqual(['Avant', 'Pendant', 'Après', 'P1', 'P2']);
  });

  it('adds more cards than one insert takes, in batches, each where cellOf says', () => {
    const cards = MAX_CARDS_PER_INSERT + 3;
    const { doc } = largeBoard({
      title: 'Très grand',
      cards,
      phases: ['P1', 'P2', 'P3'],
      channels: ['C1'],
      textOf: () => '',
      cellOf: () => ({ phase: 2, channel: 0 }),
    });
    const journey = toJson(doc).journeys[0]!;
    expect(journey.cards).toHaveLength(cards);
    const p3 = journey.phases.find((p) => p.name === 'P3')!.id;
    expect(journey.cards.every((c) => c.phaseId === p3)).toBe(true);
  });
});
