import { memo, useMemo } from 'react';
import { Group, Layer, Rect, Text } from 'react-konva';
import { useBoardStore } from '../store/boardStore';
import { CardNode } from './CardNode';
import { SELECTION_COLOR } from './cardStyle';
import { useInteractionStore } from './interactionStore';
import { type BoardLayout, CARD_W } from './layout';

interface DragLayerProps {
  readonly layout: BoardLayout;
  readonly zoom: number;
  readonly children?: React.ReactNode;
}

/** What moves with the pointer: dragged cards, the drop bar, dragged headers, the marquee (and presence). */
export const DragLayer = memo(function DragLayer({ layout, zoom, children }: DragLayerProps) {
  const cardDrag = useInteractionStore((s) => s.cardDrag);
  const headerDrag = useInteractionStore((s) => s.headerDrag);
  const marquee = useInteractionStore((s) => s.marquee);
  const cards = useBoardStore((s) => s.snapshot?.cards);
  const peers = useBoardStore((s) => s.peers.length > 0);
  const dragIds = cardDrag?.cardIds;
  // The ghost shows the first few dragged cards stacked, plus a count.
  const draggedCards = useMemo(
    () => (dragIds && cards ? dragIds.slice(0, 5).flatMap((id) => (cards[id] ? [cards[id]] : [])) : []),
    [dragIds, cards],
  );
  const line = 1 / zoom;
  return (
    // Hidden when empty: a transparent full-size canvas still costs compositing on every frame.
    <Layer listening={false} visible={Boolean(cardDrag || headerDrag || marquee || peers)}>
      {cardDrag?.target && (
        <>
          <Rect
            x={cardDrag.target.container.rect.x}
            y={cardDrag.target.container.rect.y}
            width={cardDrag.target.container.rect.w}
            height={cardDrag.target.container.rect.h}
            fill="rgba(37,99,235,0.06)"
            stroke={SELECTION_COLOR}
            strokeWidth={2 * line}
          />
          <Rect
            {...rect(cardDrag.target.marker)}
            x={cardDrag.target.marker.x + cardDrag.target.marker.w / 2 - 2 * line}
            width={4 * line}
            fill={SELECTION_COLOR}
            cornerRadius={2 * line}
          />
        </>
      )}
      {cardDrag && (
        <Group x={cardDrag.pointer.x - cardDrag.grab.x} y={cardDrag.pointer.y - cardDrag.grab.y} opacity={0.92}>
          {[...draggedCards].reverse().map((card, i, all) => {
            const depth = all.length - 1 - i;
            return <CardNode key={card.id} card={card} x={depth * 8} y={depth * 8} selected dimmed={false} />;
          })}
          {cardDrag.cardIds.length > 1 && (
            <Group x={CARD_W - 14} y={-14}>
              <Rect width={34} height={26} cornerRadius={13} fill={SELECTION_COLOR} />
              <Text
                width={34}
                height={26}
                align="center"
                verticalAlign="middle"
                text={String(cardDrag.cardIds.length)}
                fill="#fff"
                fontSize={13}
                fontStyle="bold"
              />
            </Group>
          )}
        </Group>
      )}
      {headerDrag && (
        <>
          {headerDrag.marker && <Rect {...rect(headerDrag.marker)} fill={SELECTION_COLOR} />}
          <Group
            x={headerDrag.pointer.x - headerDrag.grab.x}
            y={headerDrag.pointer.y - headerDrag.grab.y}
            opacity={0.85}
          >
            <Rect width={HEADER_GHOST_W} height={48} fill="#2d3648" cornerRadius={8} />
            <Text
              x={12}
              width={HEADER_GHOST_W - 24}
              height={48}
              verticalAlign="middle"
              text={headerName(layout, headerDrag.kind, headerDrag.id)}
              fontSize={15}
              fontStyle="bold"
              fill="#fff"
              wrap="none"
              ellipsis
            />
          </Group>
        </>
      )}
      {marquee && (
        <Rect
          {...rect(marquee)}
          fill="rgba(37,99,235,0.08)"
          stroke={SELECTION_COLOR}
          strokeWidth={line}
          dash={[6 * line, 4 * line]}
        />
      )}
      {children}
    </Layer>
  );
});

const HEADER_GHOST_W = 200;

function headerName(layout: BoardLayout, kind: 'phase' | 'channel', id: string): string {
  if (kind === 'phase') return layout.columns.find((c) => c.phase.id === id)?.phase.name ?? '';
  return layout.rows.find((r) => r.channel.id === id)?.channel.name ?? '';
}

function rect(r: { x: number; y: number; w: number; h: number }) {
  return { x: r.x, y: r.y, width: r.w, height: r.h };
}
