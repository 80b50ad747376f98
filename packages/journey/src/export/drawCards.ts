import { BOARD_COLORS as COLORS, KIND_COLORS } from '../palette';
import type { CardJson, KpiJson } from '../schema';
import { wrapText } from '../text/wrapText';
import type { Context2DLike } from './canvas';
import { type CardLayout, LAYOUT, type MapLayout, type Rect } from './layout';

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${LAYOUT.fontFamily}`;

export function drawLines(ctx: Context2DLike, lines: readonly string[], x: number, y: number, lineHeight: number) {
  lines.forEach((line, i) => {
    ctx.fillText(line, x, y + i * lineHeight);
  });
}

/** Phase header row, channel header column, row bands and grid lines. */
export function drawGrid(
  ctx: Context2DLike,
  layout: MapLayout,
  labels: { overflow: (hidden: number) => string; kpis: (kpis: readonly KpiJson[]) => string },
): void {
  const { grid, columns, rows } = layout;
  const measure = (t: string) => ctx.measureText(t).width;
  ctx.fillStyle = COLORS.phaseHeader;
  ctx.fillRect(grid.x, grid.y, grid.width, rows[0] ? rows[0].y - grid.y : grid.height);
  rows.forEach((row, i) => {
    ctx.fillStyle = i % 2 === 1 ? COLORS.rowAlt : COLORS.row;
    ctx.fillRect(row.x, row.y, row.width, row.height);
    ctx.fillStyle = COLORS.rowHeader;
    ctx.fillRect(row.x, row.y, LAYOUT.rowHeaderWidth, row.height);
  });

  ctx.font = font(13, true);
  ctx.fillStyle = COLORS.phaseHeaderText;
  for (const column of columns) {
    const lines = wrapText(column.phase.name, column.width - 16, 2, measure);
    drawLines(ctx, lines, column.x + 8, column.y + (lines.length > 1 ? 8 : 16), 16);
  }
  ctx.fillStyle = COLORS.rowHeaderText;
  for (const row of rows) {
    const lines = wrapText(row.channel.name, LAYOUT.rowHeaderWidth - 16, 3, measure);
    drawLines(ctx, lines, row.x + 8, row.y + 10, 16);
  }
  ctx.font = font(11);
  ctx.fillStyle = COLORS.rowHeader;
  for (const column of columns) {
    if (!column.phase.kpis?.length) continue;
    const [line] = wrapText(labels.kpis(column.phase.kpis), column.width - 16, 1, measure);
    if (line) ctx.fillText(line, column.x + 8, column.y + LAYOUT.phaseHeaderHeight - 2);
  }

  ctx.strokeStyle = COLORS.line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  const bottom = grid.y + grid.height;
  for (const column of columns) {
    ctx.moveTo(column.x, grid.y);
    ctx.lineTo(column.x, bottom);
  }
  for (const row of rows) {
    ctx.moveTo(grid.x, row.y);
    ctx.lineTo(grid.x + grid.width, row.y);
  }
  ctx.stroke();
  ctx.strokeRect(grid.x, grid.y, grid.width, grid.height);

  ctx.font = font(11, true);
  ctx.fillStyle = COLORS.muted;
  for (const overflow of layout.overflows) ctx.fillText(labels.overflow(overflow.hidden), overflow.x + 2, overflow.y);
}

/** Lines of card text that fit a card `height` high (3 on the image's cards). */
export function cardLinesFor(height: number): number {
  return Math.max(1, Math.floor((height - 2 * LAYOUT.cardTextPadding + 2) / LAYOUT.cardLineHeight));
}

/** The height a card needs for `lines` lines of text. */
export function cardHeightFor(lines: number): number {
  return Math.max(LAYOUT.cardHeight, 2 * LAYOUT.cardTextPadding - 2 + lines * LAYOUT.cardLineHeight);
}

/** Width of a card's text: clear of the stripe, of the markers (top right) and of the vote badge (bottom right). */
export function cardTextWidth(card: CardJson, width: number): number {
  const markers = (card.keyMoment ? 1 : 0) + (card.kind === 'irritant' || card.kind === 'enchantment' ? 1 : 0);
  const votes = Object.values(card.votes ?? {}).reduce((a, b) => a + b, 0);
  return width - LAYOUT.cardStripe - 2 * LAYOUT.cardTextPadding - Math.max(markers * 14, votes > 0 ? 24 : 0);
}

/** A decoded picture by image hash (RenderPngOptions.images). */
export type PictureSource = (hash: string) => unknown;

/** Widest a card's picture is drawn, at the left of the card (the text follows it). */
const PICTURE_MAX_WIDTH = 72;

export function drawCards(ctx: Context2DLike, cards: readonly CardLayout[], pictures?: PictureSource): void {
  ctx.font = font(LAYOUT.cardFontSize);
  const measure = (t: string) => ctx.measureText(t).width;
  const pad = LAYOUT.cardTextPadding;
  for (const { card, x, y, width, height } of cards) {
    const colors = KIND_COLORS[card.kind];
    ctx.fillStyle = card.color ?? colors.fill;
    ctx.fillRect(x, y, width, height);
    ctx.fillStyle = colors.accent;
    ctx.fillRect(x, y, LAYOUT.cardStripe, height);
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);

    const votes = Object.values(card.votes ?? {}).reduce((a, b) => a + b, 0);
    // A picture goes at the left, after the stripe, as large as the card's height allows.
    const picture = card.image ? pictures?.(card.image.hash) : undefined;
    let pictureWidth = 0;
    if (card.image && picture) {
      const boxH = height - 2 * pad;
      const boxW = Math.min(PICTURE_MAX_WIDTH, (width - LAYOUT.cardStripe) / 3);
      const scale = Math.min(boxW / card.image.width, boxH / card.image.height);
      const w = card.image.width * scale;
      const h = card.image.height * scale;
      ctx.drawImage(picture as never, x + LAYOUT.cardStripe + pad, y + pad + (boxH - h) / 2, w, h);
      pictureWidth = w + pad;
    }
    const textX = x + LAYOUT.cardStripe + pad + pictureWidth;
    const lines = wrapText(card.text, cardTextWidth(card, width) - pictureWidth, cardLinesFor(height), measure);
    ctx.fillStyle = COLORS.text;
    drawLines(ctx, lines, textX, y + pad, LAYOUT.cardLineHeight);

    let markerX = x + width - pad - 6;
    if (card.keyMoment) {
      drawStar(ctx, markerX, y + pad + 6, 6);
      markerX -= 14;
    }
    if (card.kind === 'irritant') drawWarning(ctx, { x: markerX - 6, y: y + pad, width: 12, height: 11 });
    // Enchantment: a sparkle, so kinds stay apart on a black-and-white print too.
    if (card.kind === 'enchantment') drawSparkle(ctx, markerX, y + pad + 6, 6);
    if (votes > 0) {
      drawBadge(ctx, x + width - pad - 8, y + height - pad - 6, String(votes));
      ctx.font = font(LAYOUT.cardFontSize);
    }
  }
}

/** Key moment: a five-pointed star drawn as a path, so it needs no glyph from the font. */
function drawStar(ctx: Context2DLike, cx: number, cy: number, r: number): void {
  fillStar(ctx, { cx, cy, r, points: 5, inner: 0.45 }, COLORS.keyMoment);
}

/** Enchantment: a four-pointed sparkle, drawn as a path. */
function drawSparkle(ctx: Context2DLike, cx: number, cy: number, r: number): void {
  fillStar(ctx, { cx, cy, r, points: 4, inner: 0.3 }, KIND_COLORS.enchantment.accent);
}

/** A star of `points` points, the first straight up, its inner corners at `inner` times the radius. */
function fillStar(
  ctx: Context2DLike,
  star: { cx: number; cy: number; r: number; points: number; inner: number },
  color: string,
): void {
  const { cx, cy, r, points, inner } = star;
  ctx.beginPath();
  for (let i = 0; i < 2 * points; i++) {
    const radius = i % 2 === 0 ? r : r * inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    const px = cx + radius * Math.cos(angle);
    const py = cy + radius * Math.sin(angle);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

/** Irritant: a warning triangle with an exclamation mark. */
function drawWarning(ctx: Context2DLike, box: Rect): void {
  ctx.beginPath();
  ctx.moveTo(box.x + box.width / 2, box.y);
  ctx.lineTo(box.x + box.width, box.y + box.height);
  ctx.lineTo(box.x, box.y + box.height);
  ctx.closePath();
  ctx.fillStyle = KIND_COLORS.irritant.accent;
  ctx.fill();
  ctx.fillStyle = COLORS.voteBadgeText;
  ctx.fillRect(box.x + box.width / 2 - 0.75, box.y + 3.5, 1.5, 4);
  ctx.fillRect(box.x + box.width / 2 - 0.75, box.y + 8.5, 1.5, 1.5);
}

/** Vote count: a dark pill with the number of dots. */
function drawBadge(ctx: Context2DLike, cx: number, cy: number, label: string): void {
  ctx.font = font(10, true);
  const width = Math.max(14, ctx.measureText(label).width + 8);
  ctx.fillStyle = COLORS.voteBadge;
  ctx.beginPath();
  ctx.arc(cx - width / 2 + 7, cy, 7, Math.PI / 2, (3 * Math.PI) / 2);
  ctx.arc(cx + width / 2 - 7, cy, 7, -Math.PI / 2, Math.PI / 2);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = COLORS.voteBadgeText;
  ctx.textAlign = 'center';
  ctx.fillText(label, cx, cy - 6);
  ctx.textAlign = 'left';
}
