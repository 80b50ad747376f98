import type { Context } from 'konva/lib/Context';
import type { Shape as KonvaShape } from 'konva/lib/Shape';
import { memo, useMemo, useRef, useState } from 'react';
import { Layer, Shape } from 'react-konva';
import { drawPictures, usePictureSource } from '../images/drawPictures';
import { useBoardStore } from '../store/boardStore';
import { CardsOverview } from './CardsOverview';
import { bitmapKey, bitmapRatio, CardBitmapCache, renderCardBitmap, SHADOW } from './cardBitmap';
import { cardFill, SELECTION_COLOR } from './cardStyle';
import { type PlacedCard, visibleCards } from './culling';
import type { Rect } from './geometry';
import { useInteractionStore } from './interactionStore';
import { type BoardLayout, CARD_H, CARD_W } from './layout';
import { drawsCardText } from './readability';

interface CardsLayerProps {
  readonly layout: BoardLayout;
  /** The board rectangle to draw (the viewport with a margin); only cards meeting it are drawn. */
  readonly cull: Rect;
  readonly zoom: number;
  /** The card text font in board units (readability.ts: larger than the card's own when zoomed out). */
  readonly font: number;
}

/** What the last frame drew, for the e2e readability checks (useTestHook.ts): cards and text font. */
export const lastCardsDraw: { cards: number; font: number | null } = { cards: 0, font: null };

const NONE: ReadonlySet<string> = new Set();
/** New bitmaps drawn per frame at most; the rest show a stand-in and come on the next frames. */
const BITMAPS_PER_FRAME = 40;
const CACHE_CAPACITY = 3000;

/**
 * The cards within the cull rectangle, as cached bitmaps, or plain rectangles when zoomed out past
 * where text can be drawn for that many cards (readability.ts).
 */
export const CardsLayer = memo(function CardsLayer({ layout, cull, zoom, font }: CardsLayerProps) {
  const selection = useBoardStore((s) => s.selection);
  const draggedIds = useInteractionStore((s) => s.cardDrag?.cardIds ?? null);
  const dragged = useMemo(() => (draggedIds ? new Set(draggedIds) : NONE), [draggedIds]);
  const visible = useMemo(() => visibleCards(layout, cull), [layout, cull]);
  const [cache] = useState(() => new CardBitmapCache(CACHE_CAPACITY));
  const shapeRef = useRef<KonvaShape | null>(null);
  const pictures = usePictureSource(() => shapeRef.current?.getLayer()?.batchDraw());
  const ratio = bitmapRatio(zoom * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1));
  const overview = !drawsCardText(zoom, visible.length);
  if (overview) Object.assign(lastCardsDraw, { cards: visible.length, font: null });
  return (
    <Layer listening={false}>
      {overview ? (
        <CardsOverview cards={visible} selection={selection} dragged={dragged} />
      ) : (
        <Shape
          ref={shapeRef}
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(ctx, shape) => {
            drawCards(ctx, shape, { cards: visible, cache, ratio, font, selection, dragged });
            drawPictures(ctx._context, visible, pictures, { deviceScale: ratio, font, dragged });
          }}
        />
      )}
    </Layer>
  );
});

interface DrawInput {
  readonly cards: readonly PlacedCard[];
  readonly cache: CardBitmapCache;
  readonly ratio: number;
  readonly font: number;
  readonly selection: ReadonlySet<string>;
  readonly dragged: ReadonlySet<string>;
}

function drawCards(
  konvaCtx: Context,
  shape: KonvaShape,
  { cards, cache, ratio, font, selection, dragged }: DrawInput,
): void {
  const ctx = konvaCtx._context;
  const key = bitmapKey(ratio, font);
  let budget = BITMAPS_PER_FRAME;
  let pending = false;
  for (const { card, x, y } of cards) {
    let bitmap = cache.get(card, key);
    if (!bitmap && budget > 0) {
      bitmap = renderCardBitmap(card, ratio, font);
      cache.set(card, key, bitmap);
      budget--;
    }
    if (!bitmap) {
      pending = true;
      bitmap = cache.any(card);
    }
    ctx.globalAlpha = dragged.has(card.id) ? 0.3 : 1;
    if (bitmap) {
      ctx.drawImage(bitmap, x, y, CARD_W, CARD_H + SHADOW);
    } else {
      ctx.fillStyle = cardFill(card);
      ctx.fillRect(x, y, CARD_W, CARD_H);
    }
  }
  ctx.globalAlpha = 1;
  if (selection.size > 0) {
    ctx.strokeStyle = SELECTION_COLOR;
    ctx.lineWidth = 3;
    for (const { card, x, y } of cards)
      if (selection.has(card.id)) ctx.strokeRect(x - 1, y - 1, CARD_W + 2, CARD_H + 2);
  }
  Object.assign(lastCardsDraw, { cards: cards.length, font: pending ? null : font });
  // Finish the stand-ins on the next frame rather than stalling this one.
  if (pending) requestAnimationFrame(() => shape.getLayer()?.batchDraw());
}
