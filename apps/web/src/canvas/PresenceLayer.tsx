import { Fragment, useMemo } from 'react';
import { Group, Line, Rect, Text } from 'react-konva';
import { useBoardStore } from '../store/boardStore';
import { type BoardLayout, cardRectAt, locateCards } from './layout';

/**
 * Other participants: their pointer with their name, and an outline in their colour around the
 * cards they have selected. Drawn at constant screen size whatever the zoom.
 */
export function PresenceLayer({ layout, zoom }: { layout: BoardLayout; zoom: number }) {
  const peers = useBoardStore((s) => s.peers);
  const anySelection = peers.some((p) => p.selection.length > 0);
  // Built only when someone has a selection, and once per layout (not per cursor move).
  const places = useMemo(() => (anySelection ? locateCards(layout) : null), [anySelection, layout]);
  const k = 1 / zoom;
  return (
    <Group listening={false}>
      {places &&
        peers.map((peer) =>
          peer.selection.slice(0, 500).map((id) => {
            const place = places.get(id);
            if (!place) return null;
            const r = cardRectAt(place.container, place.index);
            return (
              <Fragment key={`${peer.clientId}:${id}`}>
                <Rect
                  x={r.x - 4}
                  y={r.y - 4}
                  width={r.w + 8}
                  height={r.h + 8}
                  stroke={peer.user.color}
                  strokeWidth={3}
                  cornerRadius={9}
                  dash={[10, 5]}
                />
                <Text
                  x={r.x}
                  y={r.y - 20}
                  text={peer.user.name}
                  fontSize={12}
                  fontStyle="bold"
                  fill={peer.user.color}
                />
              </Fragment>
            );
          }),
        )}
      {peers.map((peer) =>
        peer.cursor ? (
          <Group key={peer.clientId} x={peer.cursor.x} y={peer.cursor.y} scaleX={k} scaleY={k}>
            <Line points={[0, 0, 0, 18, 5, 13, 12, 13]} closed fill={peer.user.color} stroke="#fff" strokeWidth={1.5} />
            <Rect
              x={12}
              y={16}
              width={peer.user.name.length * 7 + 14}
              height={20}
              cornerRadius={10}
              fill={peer.user.color}
            />
            <Text x={19} y={20} text={peer.user.name} fontSize={12} fill="#fff" fontStyle="bold" />
          </Group>
        ) : null,
      )}
    </Group>
  );
}
