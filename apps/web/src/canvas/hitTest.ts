import type { Cell } from '@parcours/journey';
import { clamp, contains, type Point, type Rect } from './geometry';
import {
  type BoardLayout,
  CARD_GAP,
  CARD_H,
  CARD_W,
  type CardContainer,
  containersOf,
  PITCH_X,
  PITCH_Y,
} from './layout';

/** What is under a board point. Hit-testing is layout math, so Konva never builds a hit graph. */
export type Hit =
  | { readonly type: 'card'; readonly cardId: string; readonly container: CardContainer; readonly index: number }
  | { readonly type: 'container'; readonly container: CardContainer }
  | { readonly type: 'phaseHeader'; readonly phaseId: string; readonly remove: boolean }
  | { readonly type: 'channelHeader'; readonly channelId: string; readonly remove: boolean }
  | { readonly type: 'addPhase' }
  | { readonly type: 'addChannel' }
  | { readonly type: 'none' };

/** Size of the delete glyph in the top-right corner of a header. */
export const REMOVE_GLYPH = 22;

export function removeGlyphRect(header: Rect): Rect {
  return { x: header.x + header.w - REMOVE_GLYPH - 4, y: header.y + 4, w: REMOVE_GLYPH, h: REMOVE_GLYPH };
}

/** The index of the card under a point inside a container, or -1 (a gap or past the last card). */
export function cardIndexAt(container: CardContainer, p: Point): number {
  const lx = p.x - container.inner.x;
  const ly = p.y - container.inner.y;
  if (lx < 0 || ly < 0) return -1;
  const col = Math.floor(lx / PITCH_X);
  const row = Math.floor(ly / PITCH_Y);
  if (col >= container.cols || lx - col * PITCH_X >= CARD_W || ly - row * PITCH_Y >= CARD_H) return -1;
  const index = row * container.cols + col;
  return index < container.cards.length ? index : -1;
}

export function containerAt(layout: BoardLayout, p: Point): CardContainer | null {
  if (contains(layout.tray.rect, p)) return layout.tray;
  if (!contains(layout.grid, p)) return null;
  for (const cell of layout.cells) if (contains(cell.rect, p)) return cell;
  return null;
}

export function hitTest(layout: BoardLayout, p: Point): Hit {
  const container = containerAt(layout, p);
  if (container) {
    const index = cardIndexAt(container, p);
    const card = container.cards[index];
    if (card) return { type: 'card', cardId: card.id, container, index };
    return { type: 'container', container };
  }
  if (contains(layout.addPhase, p)) return { type: 'addPhase' };
  if (contains(layout.addChannel, p)) return { type: 'addChannel' };
  for (const col of layout.columns) {
    if (contains(col.header, p))
      return { type: 'phaseHeader', phaseId: col.phase.id, remove: contains(removeGlyphRect(col.header), p) };
  }
  for (const row of layout.rows) {
    if (contains(row.header, p))
      return { type: 'channelHeader', channelId: row.channel.id, remove: contains(removeGlyphRect(row.header), p) };
  }
  return { type: 'none' };
}

export interface DropTarget {
  readonly container: CardContainer;
  readonly to: Cell | null;
  /** The card to insert before (null: at the end), among the cards that are not being moved. */
  readonly before: string | null;
  readonly index: number;
  /** A thin vertical bar showing where the cards will land. */
  readonly marker: Rect;
}

/**
 * Where dropping at `p` would put the dragged cards: the slot nearest the pointer in the cell (or
 * tray) under it, as if the dragged cards had already left. Pointing at the left half of a card
 * inserts before it, the right half after it. Null outside any cell or the tray.
 */
export function dropTarget(layout: BoardLayout, p: Point, dragged: ReadonlySet<string>): DropTarget | null {
  const container = containerAt(layout, p);
  if (!container) return null;
  const rest = dragged.size > 0 ? container.cards.filter((c) => !dragged.has(c.id)) : container.cards;
  const { cols } = container;
  const lastRow = Math.floor(rest.length / cols);
  const row = clamp(Math.floor((p.y - container.inner.y + CARD_GAP / 2) / PITCH_Y), 0, lastRow);
  const col = clamp(Math.round((p.x - container.inner.x) / PITCH_X), 0, cols);
  // Below the last line of cards means "at the end", whatever the column.
  const belowAll = p.y - container.inner.y > Math.ceil(rest.length / cols) * PITCH_Y - CARD_GAP;
  const index = belowAll ? rest.length : clamp(row * cols + col, 0, rest.length);
  // The end of a full row is drawn after its last card rather than at the start of the next row.
  const atRowEnd = index > 0 && index % cols === 0 && (col === cols || index === rest.length);
  const mRow = atRowEnd ? index / cols - 1 : Math.floor(index / cols);
  const mCol = atRowEnd ? cols : index % cols;
  const marker = {
    x: container.inner.x + mCol * PITCH_X - CARD_GAP / 2 - 2,
    y: container.inner.y + mRow * PITCH_Y,
    w: 4,
    h: CARD_H,
  };
  return { container, to: container.cell, before: rest[index]?.id ?? null, index, marker };
}

/** Cards whose rectangle intersects a board rectangle (the marquee), by container row/column ranges. */
export function cardsInRect(layout: BoardLayout, r: Rect): string[] {
  const out: string[] = [];
  for (const c of containersOf(layout)) {
    if (c.cards.length === 0) continue;
    const lx0 = r.x - c.inner.x;
    const ly0 = r.y - c.inner.y;
    const col0 = Math.max(0, Math.floor((lx0 - CARD_W) / PITCH_X) + 1);
    const col1 = Math.min(c.cols - 1, Math.floor((lx0 + r.w) / PITCH_X));
    const row0 = Math.max(0, Math.floor((ly0 - CARD_H) / PITCH_Y) + 1);
    const row1 = Math.floor((ly0 + r.h) / PITCH_Y);
    for (let row = row0; row <= row1; row++) {
      for (let col = col0; col <= col1; col++) {
        const card = c.cards[row * c.cols + col];
        if (!card) continue;
        // Exclude a card the marquee only reaches in the gap after it.
        const x = c.inner.x + col * PITCH_X;
        const y = c.inner.y + row * PITCH_Y;
        if (r.x < x + CARD_W && x < r.x + r.w && r.y < y + CARD_H && y < r.y + r.h) out.push(card.id);
      }
    }
  }
  return out;
}
