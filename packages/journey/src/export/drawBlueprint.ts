import { LANE_LINE_COLOR, LANE_LINE_DASH, LANE_STYLE, type LaneLine } from '../blueprint/lanes';
import { BOARD_COLORS as COLORS } from '../palette';
import type { Lane } from '../types';
import type { Context2DLike } from './canvas';
import type { BlueprintLayout } from './laneLayout';
import { LAYOUT } from './layout';

export interface BlueprintLabels {
  readonly short: Readonly<Record<Lane, string>>;
  readonly lines: Readonly<Record<LaneLine, string>>;
}

const STRIPE = 4;
/** 11 px: the PDF draws the map at 2/3 scale at least, and its text stays above 7 pt on paper. */
const FONT_SIZE = 11;
const PILL_H = 15;

/**
 * The service-blueprint lanes over a drawn grid: a coloured stripe and the lane's name in the row
 * headers of each group, then each line between groups, dashed across the map, with its name.
 */
export function drawBlueprint(ctx: Context2DLike, blueprint: BlueprintLayout, labels: BlueprintLabels): void {
  ctx.font = `bold ${FONT_SIZE}px ${LAYOUT.fontFamily}`;
  for (const band of blueprint.bands) {
    const style = LANE_STYLE[band.lane];
    ctx.fillStyle = style.fill;
    ctx.fillRect(band.x, band.y, STRIPE, band.height);
    ctx.fillStyle = style.text;
    ctx.fillText(
      fit(ctx, labels.short[band.lane].toUpperCase(), LAYOUT.rowHeaderWidth - 14),
      band.x + 8,
      band.y + band.height - FONT_SIZE - 8,
    );
  }
  for (const line of blueprint.lines) {
    ctx.save();
    ctx.strokeStyle = LANE_LINE_COLOR;
    ctx.lineWidth = 2;
    ctx.setLineDash([...LANE_LINE_DASH]);
    ctx.beginPath();
    ctx.moveTo(line.x, line.y);
    ctx.lineTo(line.x + line.width, line.y);
    ctx.stroke();
    ctx.restore();
    const text = line.lines.map((l) => labels.lines[l]).join(' · ');
    const width = ctx.measureText(text).width + 10;
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(line.x + STRIPE + 2, line.y - PILL_H / 2, width, PILL_H);
    ctx.strokeStyle = LANE_LINE_COLOR;
    ctx.lineWidth = 1;
    ctx.strokeRect(line.x + STRIPE + 2, line.y - PILL_H / 2, width, PILL_H);
    ctx.fillStyle = LANE_LINE_COLOR;
    ctx.fillText(text, line.x + STRIPE + 7, line.y - PILL_H / 2 + 2);
  }
}

/** The text cut with an ellipsis to `max` pixels. */
function fit(ctx: Context2DLike, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > max) end--;
  return `${text.slice(0, end)}…`;
}
