import { Fragment, useMemo } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import { useBoardStore } from '../store/boardStore';
import { useCommentStore } from '../ui/comments/commentStore';
import { useOpenCounts, useThreads } from '../ui/comments/useThreads';
import { useFacilitationStore } from '../ui/facilitation/facilitationStore';
import { type BoardLayout, cardRectAt, locateCards } from './layout';

const BADGE_COLOR = '#b45309';

/**
 * A speech badge with the count of open threads on each card and header that has some, at constant
 * screen size whatever the zoom. Hidden while presenting, unless the facilitator shows comments.
 */
export function CommentBadges({ layout, zoom }: { layout: BoardLayout; zoom: number }) {
  const counts = useOpenCounts();
  const personaId = useBoardStore((s) => (s.journeyId ? s.snapshot?.journeys[s.journeyId]?.personaId : null));
  const presenting = useFacilitationStore((s) => s.presenting);
  const shown = useCommentStore((s) => s.showInPresentation);
  const threads = useThreads();
  const journeyId = useBoardStore((s) => s.journeyId);
  const places = useMemo(() => (counts.size > 0 ? locateCards(layout) : null), [counts, layout]);
  const points = threads.filter((th) => th.anchor.kind === 'point' && !th.resolved && th.journeyId === journeyId);
  if ((!places && points.length === 0) || (presenting && !shown)) return null;
  const k = Math.min(1 / zoom, 3);
  const badges: { key: string; x: number; y: number; count: number }[] = [];
  for (const thread of points)
    if (thread.anchor.kind === 'point')
      badges.push({
        key: thread.id,
        x: thread.anchor.x + 26 * k,
        y: thread.anchor.y - 10 * k,
        count: thread.comments.length,
      });
  for (const [id, count] of places ? counts : []) {
    const place = places?.get(id);
    if (place) {
      const r = cardRectAt(place.container, place.index);
      badges.push({ key: id, x: r.x + r.w, y: r.y, count });
      continue;
    }
    const column = layout.columns.find((c) => c.phase.id === id);
    const row = column ? undefined : layout.rows.find((r) => r.channel.id === id);
    const header = column?.header ?? row?.header;
    if (header) badges.push({ key: id, x: header.x + header.w, y: header.y, count });
    else if (id === personaId)
      badges.push({ key: id, x: layout.persona.x + layout.persona.w, y: layout.persona.y, count });
  }
  return (
    // A layer of its own, drawn only when some thread is open (an empty layer still costs compositing).
    <Layer listening={false}>
      {badges.map((b) => (
        <Fragment key={b.key}>
          <Group x={b.x} y={b.y} scaleX={k} scaleY={k}>
            {/* A speech bubble: a rounded box with a tail, the count inside. */}
            <Line points={[-22, 2, -26, 10, -14, 2]} closed fill={BADGE_COLOR} />
            <Rect
              x={-30}
              y={-10}
              width={26}
              height={20}
              cornerRadius={6}
              fill={BADGE_COLOR}
              stroke="#fff"
              strokeWidth={1.5}
            />
            <Text
              x={-30}
              y={-5}
              width={26}
              align="center"
              text={String(b.count)}
              fontSize={12}
              fontStyle="bold"
              fill="#fff"
            />
          </Group>
        </Fragment>
      ))}
    </Layer>
  );
}
