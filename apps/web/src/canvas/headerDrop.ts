import type { Point, Rect } from './geometry';
import type { BoardLayout } from './layout';

export interface HeaderDropTarget {
  /** Insert before this phase/channel; null: at the end. */
  readonly before: string | null;
  readonly marker: Rect;
}

/**
 * Where a dragged phase (column) or channel (row) header would land: before the first other header
 * whose middle is past the pointer. Returns null when the drop would not change the order.
 */
export function headerDropTarget(
  layout: BoardLayout,
  kind: 'phase' | 'channel',
  id: string,
  p: Point,
): HeaderDropTarget | null {
  const items =
    kind === 'phase'
      ? layout.columns.map((c) => ({ id: c.phase.id, start: c.x, size: c.w }))
      : layout.rows.map((r) => ({ id: r.channel.id, start: r.y, size: r.h }));
  const at = kind === 'phase' ? p.x : p.y;
  const others = items.filter((i) => i.id !== id);
  const next = others.find((i) => at < i.start + i.size / 2) ?? null;
  const self = items.findIndex((i) => i.id === id);
  // Dropping right before the header that already follows it (or at the end when last) is a no-op.
  if ((items[self + 1]?.id ?? null) === (next?.id ?? null)) return null;
  const last = items[items.length - 1];
  const edge = next ? next.start : last ? last.start + last.size : 0;
  const marker =
    kind === 'phase'
      ? {
          x: edge - 3,
          y: layout.columns[0]!.header.y,
          w: 6,
          h: layout.grid.y + layout.grid.h - layout.columns[0]!.header.y,
        }
      : { x: 0, y: edge - 3, w: layout.grid.x + layout.grid.w, h: 6 };
  return { before: next?.id ?? null, marker };
}
