import type { Card } from '@parcours/journey';
import { intersects, type Rect } from './geometry';
import { type BoardLayout, CARD_H, CARD_W, type CardContainer, containersOf, PITCH_X, PITCH_Y } from './layout';

export interface PlacedCard {
  readonly card: Card;
  readonly x: number;
  readonly y: number;
}

/**
 * The cards whose rectangle meets the viewport (board coordinates). Only the row and column range of
 * each visible cell is walked, so the cost follows what is on screen, not the size of the board.
 */
export function visibleCards(layout: BoardLayout, viewport: Rect): PlacedCard[] {
  const out: PlacedCard[] = [];
  for (const c of containersOf(layout)) {
    if (c.cards.length > 0 && intersects(c.rect, viewport)) pushVisible(c, viewport, out);
  }
  return out;
}

function pushVisible(c: CardContainer, v: Rect, out: PlacedCard[]): void {
  const lx = v.x - c.inner.x;
  const ly = v.y - c.inner.y;
  const col0 = Math.max(0, Math.floor((lx - CARD_W) / PITCH_X) + 1);
  const col1 = Math.min(c.cols - 1, Math.floor((lx + v.w) / PITCH_X));
  const row0 = Math.max(0, Math.floor((ly - CARD_H) / PITCH_Y) + 1);
  const row1 = Math.min(Math.ceil(c.cards.length / c.cols) - 1, Math.floor((ly + v.h) / PITCH_Y));
  for (let row = row0; row <= row1; row++) {
    for (let col = col0; col <= col1; col++) {
      const card = c.cards[row * c.cols + col];
      if (card) out.push({ card, x: c.inner.x + col * PITCH_X, y: c.inner.y + row * PITCH_Y });
    }
  }
}

/**
 * The viewport grown by a margin and snapped outward to a coarse grid, so that while panning the
 * culled set (and the React tree built from it) stays the same for many frames in a row.
 */
export function cullRect(viewport: Rect, step: number): Rect {
  const x0 = Math.floor((viewport.x - step / 2) / step) * step;
  const y0 = Math.floor((viewport.y - step / 2) / step) * step;
  const x1 = Math.ceil((viewport.x + viewport.w + step / 2) / step) * step;
  const y1 = Math.ceil((viewport.y + viewport.h + step / 2) / step) * step;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
