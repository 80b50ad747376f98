import { cardsAt, cellKey } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { intersects } from './geometry';
import {
  CARD_H,
  CARD_W,
  CELL_PAD,
  cardRectAt,
  columnsFor,
  EMPTY_ROW_H,
  layoutBoard,
  locateCards,
  TRAY_KEY,
} from './layout';
import { sampleView } from './testView';

describe('layoutBoard', () => {
  it('puts phases left to right and channels top to bottom, in model order, without overlap', () => {
    const { view, phaseIds, channelIds } = sampleView(40);
    const layout = layoutBoard(view);
    expect(layout.columns.map((c) => c.phase.id)).toEqual(phaseIds);
    expect(layout.rows.map((r) => r.channel.id)).toEqual(channelIds);
    for (let i = 1; i < layout.columns.length; i++) {
      expect(layout.columns[i]!.x).toBe(layout.columns[i - 1]!.x + layout.columns[i - 1]!.w);
    }
    for (let i = 1; i < layout.rows.length; i++) {
      expect(layout.rows[i]!.y).toBe(layout.rows[i - 1]!.y + layout.rows[i - 1]!.h);
    }
    expect(layout.cells).toHaveLength(phaseIds.length * channelIds.length);
    // Headers sit above and left of the cells; the tray is right of the grid, the emotion lane below.
    expect(layout.columns[0]!.header.y + layout.columns[0]!.header.h).toBeLessThanOrEqual(layout.grid.y);
    expect(layout.tray.rect.x).toBeGreaterThan(layout.grid.x + layout.grid.w);
    expect(layout.emotion.y).toBeGreaterThan(layout.grid.y + layout.grid.h);
  });

  it('keeps every card inside its own cell and no two cards overlapping', () => {
    const { view } = sampleView(300, { unplaced: 7 });
    const layout = layoutBoard(view);
    const places = locateCards(layout);
    expect(places.size).toBe(307);
    const rects = [...places.values()].map(({ container, index }) => ({ container, r: cardRectAt(container, index) }));
    for (const { container, r } of rects) {
      expect(r.x).toBeGreaterThanOrEqual(container.rect.x);
      expect(r.y).toBeGreaterThanOrEqual(container.rect.y);
      expect(r.x + r.w).toBeLessThanOrEqual(container.rect.x + container.rect.w);
      expect(r.y + r.h).toBeLessThanOrEqual(container.rect.y + container.rect.h);
    }
    const inFirstCell = rects.filter(({ container }) => container === layout.cells[0]).map(({ r }) => r);
    for (let i = 0; i < inFirstCell.length; i++)
      for (let j = i + 1; j < inFirstCell.length; j++) expect(intersects(inFirstCell[i]!, inFirstCell[j]!)).toBe(false);
  });

  it('widens a column with its busiest cell and grows a row to fit its busiest cell', () => {
    expect([0, 2, 3, 6, 7, 15, 16, 50].map(columnsFor)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    const { view, phaseIds, channelIds } = sampleView(2000);
    const layout = layoutBoard(view);
    const busiest = Math.max(...channelIds.map((c) => cardsAt(view, phaseIds[0]!, c).length));
    expect(layout.columns[0]!.cols).toBe(columnsFor(busiest));
    for (const cell of layout.cells) {
      const last = cardRectAt(cell, cell.cards.length - 1);
      expect(last.y + CARD_H).toBeLessThanOrEqual(cell.rect.y + cell.rect.h);
      expect(last.x + CARD_W).toBeLessThanOrEqual(cell.rect.x + cell.rect.w);
    }
  });

  it('keeps a channel without cards low, and as tall as a card once it has one', () => {
    const { view } = sampleView(3);
    const layout = layoutBoard(view);
    for (const row of layout.rows) {
      const cards = layout.cells
        .filter((c) => c.cell?.channelId === row.channel.id)
        .reduce((n, c) => n + c.cards.length, 0);
      expect(row.h).toBe(cards === 0 ? EMPTY_ROW_H : 2 * CELL_PAD + CARD_H);
    }
    expect(layout.rows.some((r) => r.h === EMPTY_ROW_H)).toBe(true);
  });

  it('shows a KPI band only when a phase has KPIs, and the tray holds unplaced cards', () => {
    const withKpis = layoutBoard(sampleView(5).view);
    expect(withKpis.kpi).not.toBeNull();
    const without = layoutBoard(sampleView(5, { kpis: false, unplaced: 3 }).view);
    expect(without.kpi).toBeNull();
    expect(without.tray.key).toBe(TRAY_KEY);
    expect(without.tray.cards).toHaveLength(3);
    expect(without.cellByKey.get(cellKey(without.columns[1]!.phase.id, without.rows[2]!.channel.id))?.cell).toEqual({
      phaseId: without.columns[1]!.phase.id,
      channelId: without.rows[2]!.channel.id,
    });
  });
});
