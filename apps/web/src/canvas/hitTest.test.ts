import { describe, expect, it } from 'vitest';
import { cardsInRect, dropTarget, hitTest } from './hitTest';
import { CARD_GAP, CARD_H, CARD_W, cardRectAt, layoutBoard, locateCards } from './layout';
import { sampleView } from './testView';

const center = (r: { x: number; y: number; w: number; h: number }) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

describe('hitTest', () => {
  const { view } = sampleView(200, { unplaced: 3 });
  const layout = layoutBoard(view);

  it('finds the card under a point, in cells and in the tray', () => {
    for (const [id, { container, index }] of locateCards(layout)) {
      const hit = hitTest(layout, center(cardRectAt(container, index)));
      expect(hit.type === 'card' && hit.cardId).toBe(id);
    }
  });

  it('finds the cell in the gap between cards, and headers, and the add buttons', () => {
    const cell = layout.cells[3]!;
    const gap = { x: cell.inner.x + CARD_W + CARD_GAP / 2, y: cell.inner.y + 5 };
    const hit = hitTest(layout, gap);
    expect(hit.type === 'container' && hit.container.key).toBe(cell.key);
    const col = layout.columns[2]!;
    expect(hitTest(layout, center(col.header))).toEqual({ type: 'phaseHeader', phaseId: col.phase.id, remove: false });
    const row = layout.rows[1]!;
    expect(hitTest(layout, center(row.header))).toEqual({
      type: 'channelHeader',
      channelId: row.channel.id,
      remove: false,
    });
    expect(hitTest(layout, { x: row.header.x + row.header.w - 10, y: row.header.y + 12 })).toMatchObject({
      remove: true,
    });
    expect(hitTest(layout, center(layout.addPhase)).type).toBe('addPhase');
    expect(hitTest(layout, center(layout.addChannel)).type).toBe('addChannel');
    expect(hitTest(layout, { x: -100, y: -100 }).type).toBe('none');
  });
});

describe('dropTarget', () => {
  const { view } = sampleView(200);
  const layout = layoutBoard(view);
  const cell = layout.cells.find((c) => c.cards.length >= 5)!;

  it('inserts before a card when pointing at its left half, after it on its right half', () => {
    const r = cardRectAt(cell, 1);
    const left = dropTarget(layout, { x: r.x + 10, y: r.y + 20 }, new Set());
    expect(left?.before).toBe(cell.cards[1]!.id);
    expect(left?.to).toEqual(cell.cell);
    const right = dropTarget(layout, { x: r.x + r.w - 10, y: r.y + 20 }, new Set());
    expect(right?.before).toBe(cell.cards[2]!.id);
  });

  it('ignores the dragged cards when computing the slot, and appends past the last card', () => {
    const r = cardRectAt(cell, 2);
    const dragged = new Set([cell.cards[0]!.id, cell.cards[1]!.id]);
    // Slot 2 among the remaining cards is the original card 4.
    expect(dropTarget(layout, { x: r.x + 5, y: r.y + 5 }, dragged)?.before).toBe(cell.cards[4]!.id);
    const below = { x: cell.inner.x + 5, y: cell.rect.y + cell.rect.h - 2 };
    expect(cell.rect.y + cell.rect.h - 2).toBeGreaterThan(cardRectAt(cell, cell.cards.length - 1).y + CARD_H);
    expect(dropTarget(layout, below, new Set())?.before).toBeNull();
  });

  it('drops into the tray with no cell, and nowhere outside cells and tray', () => {
    const tray = dropTarget(layout, center(layout.tray.rect), new Set());
    expect(tray?.to).toBeNull();
    expect(tray?.container.key).toBe(layout.tray.key);
    expect(dropTarget(layout, center(layout.columns[0]!.header), new Set())).toBeNull();
  });
});

describe('cardsInRect', () => {
  const { view } = sampleView(200);
  const layout = layoutBoard(view);

  it('selects the cards a marquee touches and none of those it misses', () => {
    const cell = layout.cells.find((c) => c.cards.length >= 4)!;
    const a = cardRectAt(cell, 0);
    const marquee = { x: a.x + a.w - 5, y: a.y + 5, w: CARD_GAP + 10, h: 10 };
    expect(cardsInRect(layout, marquee).sort()).toEqual([cell.cards[0]!.id, cell.cards[1]!.id].sort());
    expect(cardsInRect(layout, { x: a.x + a.w + 1, y: a.y, w: CARD_GAP - 2, h: 50 })).toEqual([]);
    const all = cardsInRect(layout, layout.bounds);
    expect(all).toHaveLength(200);
  });
});
