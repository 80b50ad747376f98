import { memo, useMemo } from 'react';
import { Layer, Shape } from 'react-konva';
import { type ChangeKind, useChangeHighlights } from '../ui/history/highlights';
import { type BoardLayout, cardRectAt, locateCards } from './layout';

/** Outline colours of changed cards (the History panel's legend names them). */
export const CHANGE_COLORS: Readonly<Record<ChangeKind, string>> = {
  added: '#16a34a',
  removed: '#dc2626',
  moved: '#2563eb',
  edited: '#d97706',
};

/** What changed since a saved version, as coloured outlines around the cards (ui/history). */
export const DiffLayer = memo(function DiffLayer({ layout, zoom }: { layout: BoardLayout; zoom: number }) {
  const highlights = useChangeHighlights();
  const rects = useMemo(() => {
    if (!highlights || highlights.size === 0) return [];
    const places = locateCards(layout);
    const out: { x: number; y: number; w: number; h: number; color: string }[] = [];
    for (const [id, kind] of highlights) {
      const place = places.get(id);
      if (place) out.push({ ...cardRectAt(place.container, place.index), color: CHANGE_COLORS[kind] });
    }
    return out;
  }, [highlights, layout]);
  return (
    <Layer listening={false} visible={rects.length > 0}>
      <Shape
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(konvaCtx) => {
          const ctx = konvaCtx._context;
          const width = Math.max(3, 3 / zoom);
          ctx.lineWidth = width;
          for (const r of rects) {
            ctx.strokeStyle = r.color;
            ctx.strokeRect(r.x - width, r.y - width, r.w + 2 * width, r.h + 2 * width);
          }
        }}
      />
    </Layer>
  );
});
