import { describe, expect, it } from 'vitest';
import { cullRect, visibleCards } from './culling';
import { intersects, type Rect } from './geometry';
import { CARD_H, CARD_W, cardRectAt, layoutBoard, locateCards } from './layout';
import { sampleView } from './testView';

describe('visibleCards', () => {
  const { view } = sampleView(2000, { unplaced: 30 });
  const layout = layoutBoard(view);
  const places = locateCards(layout);

  // The reference: test every card's rectangle against the viewport.
  function bruteForce(viewport: Rect): string[] {
    const ids: string[] = [];
    for (const [id, { container, index }] of places)
      if (intersects(cardRectAt(container, index), viewport)) ids.push(id);
    return ids.sort();
  }

  it('returns exactly the cards that meet the viewport, wherever it is', () => {
    const viewports: Rect[] = [
      { x: 0, y: 0, w: 1280, h: 800 },
      { x: 500, y: 700, w: 333, h: 211 },
      { x: layout.tray.rect.x - 10, y: layout.tray.rect.y, w: 300, h: 900 },
      { x: -5000, y: -5000, w: 100, h: 100 },
      layout.bounds,
      // A sliver that falls in the gap between two card columns.
      { x: layout.cells[0]!.inner.x + CARD_W + 2, y: 0, w: 4, h: 100_000 },
    ];
    for (const v of viewports) {
      const got = visibleCards(layout, v)
        .map((p) => p.card.id)
        .sort();
      expect(got).toEqual(bruteForce(v));
    }
  });

  it('gives each card the position the layout assigns to it', () => {
    for (const { card, x, y } of visibleCards(layout, { x: 0, y: 0, w: 3000, h: 3000 })) {
      const { container, index } = places.get(card.id)!;
      expect(cardRectAt(container, index)).toEqual({ x, y, w: CARD_W, h: CARD_H });
    }
  });

  it('culls most of a large board from a working view', () => {
    const shown = visibleCards(layout, { x: 800, y: 800, w: 1400, h: 900 }).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200);
  });
});

describe('cullRect', () => {
  it('covers the viewport with a margin and stays put for small pans', () => {
    const a = cullRect({ x: 1000, y: 500, w: 1280, h: 800 }, 256);
    expect(a.x).toBeLessThanOrEqual(1000 - 128);
    expect(a.x + a.w).toBeGreaterThanOrEqual(2280 + 128);
    expect(cullRect({ x: 1003, y: 505, w: 1280, h: 800 }, 256)).toEqual(a);
  });
});
