/**
 * Wrapped text and tables on PDF pages through PdfCanvas (so emoji fall back like on the map), in
 * points. Tables break over pages and repeat their header row.
 */
import { wrapText } from '@parcours/journey';
import type { PdfCanvas } from './pdfCanvas';

export const INK = '#1f2328';
export const MUTED = '#656d76';
export const RULE = '#d0d7de';
export const HEADER_FILL = '#f3f5f8';

/** Draws `text` wrapped to `width` at (x, y); returns the y under it. */
export function paragraph(
  ctx: PdfCanvas,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { size: number; bold?: boolean; color?: string; maxLines?: number; lineHeight?: number },
): number {
  ctx.font = `${options.bold ? 'bold ' : ''}${options.size}px sans-serif`;
  ctx.fillStyle = options.color ?? INK;
  const lineHeight = options.lineHeight ?? options.size * 1.3;
  const lines = wrapLines(ctx, text, width, options.maxLines ?? 1_000);
  lines.forEach((line, i) => {
    ctx.fillText(line, x, y + i * lineHeight);
  });
  return y + lines.length * lineHeight;
}

/** Lines of a text that keeps its own line breaks, each wrapped to `width`; at most `maxLines`. */
export function wrapLines(ctx: PdfCanvas, text: string, width: number, maxLines: number): string[] {
  const measure = (t: string) => ctx.measureText(t).width;
  const out: string[] = [];
  const paragraphs = text.split(/\r\n?|\n/);
  for (const [i, part] of paragraphs.entries()) {
    const left = maxLines - out.length;
    if (left <= 0) break;
    const lines = wrapText(part, width, left, measure);
    // The last line allowed ends in "…" when paragraphs are left over.
    if (out.length + lines.length >= maxLines && i < paragraphs.length - 1 && lines.length > 0) {
      lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/…$/, '')}…`;
    }
    out.push(...lines);
  }
  return out;
}

/** A column of a table of records `R`: its header, its share of the width and what it shows of each record. */
export interface Column<R> {
  readonly title: string;
  /** Share of the table's width. */
  readonly weight: number;
  readonly cell: (record: R) => string;
}

export interface TablePage {
  /** Starts a new page and returns the y where content may start. */
  newPage(): number;
  readonly left: number;
  readonly width: number;
  readonly bottom: number;
}

const SIZE = 9;
const LINE = 11.5;
const PAD = 4;
/** A cell shows at most this many lines (a 10,000-character card is cut with "…"). */
const MAX_CELL_LINES = 14;

/** Draws a table of `records`, a row each, from y, on as many pages as it takes; returns the y under it. */
export function drawTable<R>(
  ctx: PdfCanvas,
  page: TablePage,
  y: number,
  records: readonly R[],
  columns: readonly Column<R>[],
): number {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * page.width);
  const lefts = widths.map((_, i) => page.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const layoutRow = (cells: readonly string[], bold: boolean) => {
    ctx.font = `${bold ? 'bold ' : ''}${SIZE}px sans-serif`;
    const lines = cells.map((cell, i) => wrapLines(ctx, cell, widths[i]! - 2 * PAD, MAX_CELL_LINES));
    return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD };
  };
  const drawRow = (row: ReturnType<typeof layoutRow>, top: number, bold: boolean) => {
    if (bold) {
      ctx.fillStyle = HEADER_FILL;
      ctx.fillRect(page.left, top, page.width, row.height);
    }
    ctx.font = `${bold ? 'bold ' : ''}${SIZE}px sans-serif`;
    ctx.fillStyle = INK;
    row.lines.forEach((lines, i) => {
      lines.forEach((line, j) => {
        ctx.fillText(line, lefts[i]! + PAD, top + PAD + j * LINE);
      });
    });
    ctx.strokeStyle = RULE;
    ctx.lineWidth = 0.5;
    ctx.beginPath();
    ctx.moveTo(page.left, top + row.height);
    ctx.lineTo(page.left + page.width, top + row.height);
    ctx.stroke();
  };
  const header = layoutRow(
    columns.map((c) => c.title),
    true,
  );
  drawRow(header, y, true);
  let top = y + header.height;
  for (const record of records) {
    const row = layoutRow(
      columns.map((c) => c.cell(record)),
      false,
    );
    if (top + row.height > page.bottom) {
      top = page.newPage();
      drawRow(header, top, true);
      top += header.height;
    }
    drawRow(row, top, false);
    top += row.height;
  }
  return top;
}
