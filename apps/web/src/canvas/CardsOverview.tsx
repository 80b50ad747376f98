import type { Context } from 'konva/lib/Context';
import { memo } from 'react';
import { Shape } from 'react-konva';
import { cardFill, KIND_STYLES, SELECTION_COLOR } from './cardStyle';
import type { PlacedCard } from './culling';
import { CARD_H, CARD_W } from './layout';

interface CardsOverviewProps {
  readonly cards: readonly PlacedCard[];
  readonly selection: ReadonlySet<string>;
  readonly dragged: ReadonlySet<string>;
}

/**
 * All visible cards as plain coloured rectangles in one shape, for zooms where text is unreadable:
 * one node and a few thousand fillRect calls instead of thousands of nodes.
 */
export const CardsOverview = memo(function CardsOverview({ cards, selection, dragged }: CardsOverviewProps) {
  const draw = (konvaCtx: Context) => {
    const ctx = konvaCtx._context;
    for (const { card, x, y } of cards) {
      ctx.globalAlpha = dragged.has(card.id) ? 0.3 : 1;
      ctx.fillStyle = cardFill(card);
      ctx.fillRect(x, y, CARD_W, CARD_H);
      ctx.fillStyle = KIND_STYLES[card.kind].accent;
      ctx.fillRect(x, y, CARD_W, 10);
    }
    ctx.globalAlpha = 1;
    if (selection.size === 0) return;
    ctx.strokeStyle = SELECTION_COLOR;
    ctx.lineWidth = 8;
    for (const { card, x, y } of cards) if (selection.has(card.id)) ctx.strokeRect(x, y, CARD_W, CARD_H);
  };
  return <Shape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
});
