/**
 * Where everything goes in the exported image, in CSS pixels (renderPng scales by pixelRatio).
 * Pure geometry from the JSON map, exported so tests and the web preview can find a card.
 * The image is a simplified map: a cell shows its first cards and a "+N" count, so a huge
 * journey gives an image of bounded size that encodes quickly; the full board rides along as JSON.
 */
import { sortByLane } from '../blueprint/lanes';
import { cellKey, groupByCell } from '../read/cardsByCell';
import type { CardJson, ChannelJson, JourneyJson, JourneyMapJson, PhaseJson } from '../schema';
import { type BlueprintLayout, layoutLanes } from './laneLayout';

export const LAYOUT = {
  width: 1600,
  minWidth: 480,
  maxWidth: 8000,
  padding: 24,
  headerHeight: 84,
  rowHeaderWidth: 150,
  phaseHeaderHeight: 44,
  /** Added to the phase header row when a phase has KPIs, for their one-line summary. */
  kpiLineHeight: 16,
  cellPadding: 5,
  cardHeight: 50,
  cardGap: 5,
  maxCardsPerCell: 3,
  /** Room under a cell's cards for its "+N" line. */
  overflowHeight: 15,
  laneHeight: 120,
  footerHeight: 28,
  /** Rows past this height are left out (with a note) so the canvas stays within browser limits. */
  maxGridHeight: 6000,
  fontFamily: 'sans-serif',
  cardFontSize: 12,
  cardLineHeight: 14,
  cardTextPadding: 5,
  /** Left band in the kind's strong colour. */
  cardStripe: 5,
} as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ColumnLayout extends Rect {
  readonly phase: PhaseJson;
}

export interface RowLayout extends Rect {
  readonly channel: ChannelJson;
}

export interface CardLayout extends Rect {
  readonly card: CardJson;
}

export interface OverflowLayout {
  readonly x: number;
  readonly y: number;
  readonly hidden: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly journey: JourneyJson | null;
  readonly header: Rect;
  /** The whole grid including the phase header row and the channel header column. */
  readonly grid: Rect;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  /** Drawn cards only (the first `maxCardsPerCell` of each cell of a drawn row). */
  readonly cards: readonly CardLayout[];
  readonly overflows: readonly OverflowLayout[];
  readonly lane: Rect;
  /** Service-blueprint lane groups and the lines between them (empty when no channel has a lane). */
  readonly blueprint: BlueprintLayout;
  readonly footer: Rect;
  readonly hiddenRows: number;
  readonly unplaced: number;
}

export interface LayoutOptions {
  /** Default: the first journey. */
  readonly journeyId?: string;
  /** CSS pixels; default LAYOUT.width. */
  readonly width?: number;
  /**
   * Every card of every cell and every row, at any width (the PDF tiles the map over pages):
   * no "+N" overflow, no row left out, no width cap. Default false (the image).
   */
  readonly unbounded?: boolean;
  /**
   * Height of a card of `width` layout pixels, at least LAYOUT.cardHeight (the PDF measures its text
   * with cardTextLines); default: every card LAYOUT.cardHeight high (the image).
   */
  readonly cardHeight?: (card: CardJson, width: number) => number;
}

export function layoutMap(map: JourneyMapJson, options: LayoutOptions = {}): MapLayout {
  const L = LAYOUT;
  const unbounded = options.unbounded === true;
  const maxCardsPerCell = unbounded ? Number.POSITIVE_INFINITY : L.maxCardsPerCell;
  const width = Math.round(
    Math.min(unbounded ? Number.POSITIVE_INFINITY : L.maxWidth, Math.max(L.minWidth, options.width ?? L.width)),
  );
  const journey =
    (options.journeyId === undefined ? map.journeys[0] : map.journeys.find((j) => j.id === options.journeyId)) ?? null;
  if (options.journeyId !== undefined && !journey)
    throw new RangeError(`No journey has the id "${options.journeyId}".`);
  const header = { x: L.padding, y: L.padding, width: width - 2 * L.padding, height: L.headerHeight };
  const gridTop = header.y + header.height;
  const phases = journey?.phases ?? [];
  // Rows grouped by service-blueprint lane, as on the board (toJourneyView).
  const channels = sortByLane(journey?.channels ?? []);
  const columnWidth = phases.length > 0 ? (width - 2 * L.padding - L.rowHeaderWidth) / phases.length : 0;
  const headerRow = L.phaseHeaderHeight + (phases.some((p) => p.kpis?.length) ? L.kpiLineHeight : 0);
  const columns = phases.map((phase, i) => ({
    phase,
    x: L.padding + L.rowHeaderWidth + i * columnWidth,
    y: gridTop,
    width: columnWidth,
    height: headerRow,
  }));

  const { cells: byCell, unplaced: tray } = groupByCell(journey?.cards ?? []);
  const unplaced = tray.length;

  const rows: RowLayout[] = [];
  const cards: CardLayout[] = [];
  const overflows: OverflowLayout[] = [];
  const cardWidth = Math.max(0, columnWidth - 2 * L.cellPadding);
  let y = gridTop + headerRow;
  // Each card's height: one size on the image; the PDF grows a card to hold its whole text.
  const heightOf = options.cardHeight
    ? (card: CardJson) => Math.max(L.cardHeight, options.cardHeight!(card, cardWidth))
    : () => L.cardHeight;
  for (const channel of channels) {
    const cells = columns.map((column) => {
      const inCell = byCell.get(cellKey(column.phase.id, channel.id)) ?? [];
      return { column, inCell, shown: inCell.slice(0, maxCardsPerCell) };
    });
    // The i-th cards of a row's cells share one height, the tallest of them, so a row reads as lines
    // across the phases and can be cut between two lines on every cell at once (the PDF's pages).
    const slots: number[] = [];
    for (const { shown } of cells) {
      shown.forEach((card, i) => {
        slots[i] = Math.max(slots[i] ?? 0, heightOf(card));
      });
    }
    const stacks = cells.map((cell) => ({ ...cell, heights: cell.shown.map((_, i) => slots[i]!) }));
    // The tallest cell sets the row's height; an empty row is one card high.
    let tallest: number = L.cardHeight;
    let overflowing = false;
    for (const { inCell, heights } of stacks) {
      const stacked = heights.reduce((a, b) => a + b, 0) + Math.max(0, heights.length - 1) * L.cardGap;
      tallest = Math.max(tallest, stacked);
      overflowing ||= inCell.length > maxCardsPerCell;
    }
    const height = 2 * L.cellPadding + tallest + (overflowing ? L.overflowHeight : 0);
    if (!unbounded && y + height - gridTop > L.maxGridHeight && rows.length > 0) break;
    rows.push({ channel, x: L.padding, y, width: width - 2 * L.padding, height });
    for (const { column, inCell, shown, heights } of stacks) {
      let top = y + L.cellPadding;
      shown.forEach((card, i) => {
        const cardHeight = heights[i]!;
        cards.push({ card, x: column.x + L.cellPadding, y: top, width: cardWidth, height: cardHeight });
        top += cardHeight + L.cardGap;
      });
      if (inCell.length > maxCardsPerCell) {
        overflows.push({ x: column.x + L.cellPadding, y: top, hidden: inCell.length - maxCardsPerCell });
      }
    }
    y += height;
  }
  const grid = { x: L.padding, y: gridTop, width: width - 2 * L.padding, height: y - gridTop };
  const lane = { x: L.padding, y: y + L.cardGap, width: grid.width, height: L.laneHeight };
  const footer = { x: L.padding, y: lane.y + lane.height, width: grid.width, height: L.footerHeight };
  return {
    width,
    height: Math.ceil(footer.y + footer.height + L.padding / 2),
    journey,
    header,
    grid,
    columns,
    rows,
    cards,
    overflows,
    lane,
    blueprint: layoutLanes(rows),
    footer,
    hiddenRows: channels.length - rows.length,
    unplaced,
  };
}
