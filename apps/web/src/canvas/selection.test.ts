import { describe, expect, it } from 'vitest';
import { layoutBoard } from './layout';
import { allCardIds, selectedInOrder } from './selection';
import { sampleView } from './testView';

describe('selectedInOrder', () => {
  const { view } = sampleView(60, { unplaced: 2 });
  const layout = layoutBoard(view);
  const drawn = [...layout.cells.flatMap((c) => c.cards.map((k) => k.id)), ...layout.tray.cards.map((k) => k.id)];

  it('returns the selected cards in the order the board draws them, whatever the click order', () => {
    const picked = [drawn[40]!, drawn[3]!, drawn[61]!, drawn[17]!];
    expect(selectedInOrder(view, new Set(picked)).map((c) => c.id)).toEqual([
      drawn[3],
      drawn[17],
      drawn[40],
      drawn[61],
    ]);
    expect(selectedInOrder(view, new Set(['gone']))).toEqual([]);
  });

  it('lists every card of the journey for select-all', () => {
    expect(allCardIds(view).sort()).toEqual([...drawn].sort());
  });
});
