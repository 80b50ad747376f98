import { useMemo } from 'react';
import { Layer } from 'react-konva';
import { useBoardStore } from '../store/boardStore';
import { CardNode } from './CardNode';
import { CardsOverview } from './CardsOverview';
import { visibleCards } from './culling';
import type { Rect } from './geometry';
import { useInteractionStore } from './interactionStore';
import type { BoardLayout } from './layout';

interface CardsLayerProps {
  readonly layout: BoardLayout;
  /** The board rectangle to draw (the viewport with a margin); only cards meeting it are built. */
  readonly cull: Rect;
  /** Draw cards as plain rectangles (zoomed out). */
  readonly overview: boolean;
}

const NONE: ReadonlySet<string> = new Set();

export function CardsLayer({ layout, cull, overview }: CardsLayerProps) {
  const selection = useBoardStore((s) => s.selection);
  const draggedIds = useInteractionStore((s) => s.cardDrag?.cardIds ?? null);
  const dragged = useMemo(() => (draggedIds ? new Set(draggedIds) : NONE), [draggedIds]);
  const visible = useMemo(() => visibleCards(layout, cull), [layout, cull]);
  return (
    <Layer listening={false}>
      {overview ? (
        <CardsOverview cards={visible} selection={selection} dragged={dragged} />
      ) : (
        visible.map(({ card, x, y }) => (
          <CardNode
            key={card.id}
            card={card}
            x={x}
            y={y}
            selected={selection.has(card.id)}
            dimmed={dragged.has(card.id)}
          />
        ))
      )}
    </Layer>
  );
}
