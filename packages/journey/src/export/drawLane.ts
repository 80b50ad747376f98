import { BOARD_COLORS as COLORS, emotionColor } from '../palette';
import type { Context2DLike } from './canvas';
import { LAYOUT, type MapLayout } from './layout';

/**
 * The emotion curve as a lane under the grid: one point per phase that has touchpoints with an
 * emotion, at the phase's column centre, from -2 (bottom) to +2 (top), joined in phase order.
 */
export function drawLane(
  ctx: Context2DLike,
  layout: MapLayout,
  values: readonly (number | null)[],
  label: string,
): void {
  const { lane, columns } = layout;
  ctx.fillStyle = COLORS.lane;
  ctx.fillRect(lane.x, lane.y, lane.width, lane.height);
  ctx.fillStyle = COLORS.rowHeader;
  ctx.fillRect(lane.x, lane.y, LAYOUT.rowHeaderWidth, lane.height);
  ctx.strokeStyle = COLORS.line;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.strokeRect(lane.x, lane.y, lane.width, lane.height);
  ctx.font = `bold 13px ${LAYOUT.fontFamily}`;
  ctx.fillStyle = COLORS.rowHeaderText;
  ctx.fillText(label, lane.x + 8, lane.y + 10);

  const yOf = (value: number) => laneY(layout, value);
  const plotX = lane.x + LAYOUT.rowHeaderWidth;
  ctx.font = `11px ${LAYOUT.fontFamily}`;
  ctx.fillStyle = COLORS.muted;
  for (const level of [2, 0, -2]) ctx.fillText(level > 0 ? `+${level}` : String(level), plotX - 22, yOf(level) - 6);
  ctx.setLineDash([4, 4]);
  ctx.strokeStyle = COLORS.laneZero;
  ctx.beginPath();
  ctx.moveTo(plotX, yOf(0));
  ctx.lineTo(lane.x + lane.width, yOf(0));
  ctx.stroke();
  ctx.setLineDash([]);

  const points = values.flatMap((value, i) => {
    const column = columns[i];
    return value === null || !column ? [] : [{ x: column.x + column.width / 2, y: yOf(value), value }];
  });
  if (points.length > 1) {
    ctx.strokeStyle = COLORS.curve;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    points.forEach((p, i) => {
      if (i === 0) ctx.moveTo(p.x, p.y);
      else ctx.lineTo(p.x, p.y);
    });
    ctx.stroke();
  }
  for (const p of points) {
    ctx.fillStyle = emotionColor(p.value);
    ctx.beginPath();
    ctx.arc(p.x, p.y, 5, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.lineWidth = 1;
}

/** The height in the lane of an emotion value (-2 at the bottom, +2 at the top), in CSS pixels. */
export function laneY(layout: MapLayout, value: number): number {
  const top = layout.lane.y + 14;
  const span = layout.lane.height - 28;
  return top + ((2 - value) / 4) * span;
}
