import { describe, expect, it } from 'vitest';
import { filterCardRows, parseMetric, sortCardRows, toCardRows } from './tableRows';
import { at, card, journeyView } from './testViews';

const view = journeyView({
  phases: ['Découvrir', 'Acheter'],
  channels: ['Web', 'Magasin'],
  cards: [
    at(1, 0, 'pay', { text: 'Paiement refusé', kind: 'irritant', csat: 40, votes: { u1: 2, u2: 1 } }),
    at(0, 1, 'shop', { text: 'Vitrine', department: 'Marketing', emotion: 1 }),
    at(0, 0, 'ad', { text: 'Publicité', csat: 80, ratings: { u1: -2, u2: -1 } }),
    card('tray', { text: 'Idée à placer', kind: 'note' }),
  ],
});

describe('table rows', () => {
  it('lists the cards in reading order with phase, channel, votes and emotion', () => {
    const rows = toCardRows(view);
    expect(rows.map((r) => r.card.id)).toEqual(['ad', 'shop', 'pay', 'tray']);
    expect(rows[2]).toMatchObject({ phaseName: 'Acheter', channelName: 'Web', votes: 3 });
    expect(rows[0]!.emotion).toBe(-1.5);
    expect(rows[1]!.emotion).toBe(1);
    expect(rows[3]).toMatchObject({ phaseIndex: null, phaseName: '', emotion: null });
  });

  it('filters by text in any field, phase or channel, ignoring accents and case, and by kind', () => {
    const rows = toCardRows(view);
    const ids = (query: string, kind: 'all' | 'irritant' | 'note' = 'all') =>
      filterCardRows(rows, { query, kind }).map((r) => r.card.id);
    expect(ids('REFUSE')).toEqual(['pay']);
    expect(ids('marketing')).toEqual(['shop']);
    expect(ids('magasin')).toEqual(['shop']);
    expect(ids('', 'note')).toEqual(['tray']);
    expect(ids('vitrine', 'irritant')).toEqual([]);
    expect(ids('  ')).toHaveLength(4);
  });

  it('sorts phases by position, texts folded, and keeps empty values last both ways', () => {
    const rows = toCardRows(view);
    const ids = (key: Parameters<typeof sortCardRows>[1]['key'], descending = false) =>
      sortCardRows(rows, { key, descending }).map((r) => r.card.id);
    expect(ids('phase', true)).toEqual(['pay', 'ad', 'shop', 'tray']);
    expect(ids('channel')).toEqual(['ad', 'pay', 'shop', 'tray']);
    expect(ids('csat')).toEqual(['pay', 'ad', 'shop', 'tray']);
    expect(ids('csat', true)).toEqual(['ad', 'pay', 'shop', 'tray']);
    expect(ids('text')).toEqual(['tray', 'pay', 'ad', 'shop']);
    expect(ids('votes', true)[0]).toBe('pay');
    expect(ids('emotion')).toEqual(['ad', 'shop', 'pay', 'tray']);
    expect(ids('kind')).toEqual(['ad', 'shop', 'pay', 'tray']);
    expect(ids('department')).toEqual(['shop', 'ad', 'pay', 'tray']);
  });
});

describe('parseMetric', () => {
  it('reads numbers in range (comma decimals too), empty clears, out of range or junk is refused', () => {
    expect(parseMetric('csat', ' 72 ')).toBe(72);
    expect(parseMetric('ces', '3,5')).toBe(3.5);
    expect(parseMetric('nps', '-40')).toBe(-40);
    expect(parseMetric('nps', '')).toBeNull();
    expect(parseMetric('csat', '101')).toBeUndefined();
    expect(parseMetric('ces', '0')).toBeUndefined();
    expect(parseMetric('csat', 'abc')).toBeUndefined();
  });
});
