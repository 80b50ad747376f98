import { describe, expect, it } from 'vitest';
import { cellKey, groupByCell } from './cardsByCell';

describe('groupByCell', () => {
  it('groups cards by cell in the order given, and keeps the ones without a whole cell apart', () => {
    const cards = [
      { id: 'a', phaseId: 'p1', channelId: 'c1' },
      { id: 'b', phaseId: null, channelId: null },
      { id: 'c', phaseId: 'p2', channelId: 'c1' },
      { id: 'd', phaseId: 'p1', channelId: 'c1' },
      { id: 'e', phaseId: 'p1', channelId: null },
    ];
    const { cells, unplaced } = groupByCell(cards);
    expect([...cells.keys()]).toEqual([cellKey('p1', 'c1'), cellKey('p2', 'c1')]);
    expect(cells.get(cellKey('p1', 'c1'))!.map((c) => c.id)).toEqual(['a', 'd']);
    expect(unplaced.map((c) => c.id)).toEqual(['b', 'e']);
  });

  it('never mixes up two cells whose ids run into each other', () => {
    expect(cellKey('p-1', 'c')).not.toBe(cellKey('p', '1-c'));
  });
});
