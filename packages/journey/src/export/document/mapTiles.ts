/**
 * A map too large for one page, cut into page-sized tiles: columns in groups that fit the page
 * width, rows cut between cards (never through one, whatever their heights) where the page height ends. Each tile is a
 * MapLayout of its own, shifted so its grid starts where the whole map's does, so the PNG's
 * drawGrid, drawCards and drawBlueprint draw it as is, with its phase header row, channel column
 * and service-blueprint lane names repeated.
 */
import type { BlueprintLayout } from '../laneLayout';
import { type CardLayout, LAYOUT, type MapLayout, type RowLayout } from '../layout';

export interface MapTile {
  readonly layout: MapLayout;
  /** Index of its first column and one past its last, in the whole map. */
  readonly columns: readonly [number, number];
  /** 0 for the first slice of rows, 1 for the next... (a tall map). */
  readonly slice: number;
}

export interface TileSize {
  /** Room for the grid on a page, in layout pixels (header column included). */
  readonly width: number;
  /** Room for the grid on a page (phase header row included). */
  readonly height: number;
}

/**
 * Tiles in reading order: for each group of columns, its slices from top to bottom. A row cut
 * in two keeps its channel name on the next tile, followed by `continued` (e.g. "(suite)").
 */
export function tileMap(layout: MapLayout, size: TileSize, continued: (name: string) => string): MapTile[] {
  const { grid, columns, rows } = layout;
  if (columns.length === 0) return [];
  const columnWidth = columns[0]!.width;
  const headerRow = columns[0]!.height;
  // A hair of slack: a page that holds exactly n columns must not get n - 1 through rounding.
  const perTile = Math.max(1, Math.floor((size.width - LAYOUT.rowHeaderWidth) / Math.max(1, columnWidth) + 1e-6));
  const bodyTop = grid.y + headerRow;
  const bodyEnd = grid.y + grid.height;
  const slices = cutRows(
    rows,
    layout.cards,
    bodyTop,
    bodyEnd,
    Math.max(LAYOUT.cardHeight + 2 * LAYOUT.cellPadding, size.height - headerRow),
  );
  const tiles: MapTile[] = [];
  for (let first = 0; first < columns.length; first += perTile) {
    const last = Math.min(columns.length, first + perTile);
    slices.forEach(([start, end], slice) => {
      tiles.push({ layout: tileLayout(layout, first, last, start, end, continued), columns: [first, last], slice });
    });
  }
  return tiles;
}

/**
 * [start, end) ranges of the grid body, each at most `height` tall, cut at a row's top or between two
 * cards of a row (a y no card of that row spans, whatever the cell: cards may have their own heights).
 */
export function cutRows(
  rows: readonly RowLayout[],
  cards: readonly CardLayout[],
  top: number,
  bottom: number,
  height: number,
): [number, number][] {
  const candidates: number[] = [];
  const byRow = rows.map(() => [] as { y: number; end: number }[]);
  let r = 0;
  // Cards come row by row (layoutMap's order); each is filed under the row that holds its top.
  for (const card of [...cards].sort((a, b) => a.y - b.y)) {
    while (r < rows.length - 1 && card.y >= rows[r]!.y + rows[r]!.height) r++;
    byRow[r]?.push({ y: card.y, end: card.y + card.height });
  }
  rows.forEach((row, index) => {
    candidates.push(row.y);
    const spans = byRow[index]!;
    let covered = -Infinity;
    for (const span of spans) {
      if (span.y > covered && covered > row.y) candidates.push((covered + span.y) / 2);
      covered = Math.max(covered, span.end);
    }
  });
  candidates.push(bottom);
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const slices: [number, number][] = [];
  let start = top;
  let i = 0;
  while (start < bottom) {
    const limit = start + height;
    let end = start;
    while (i < sorted.length && sorted[i]! <= limit) {
      if (sorted[i]! > start) end = sorted[i]!;
      i++;
    }
    if (end <= start) end = Math.min(bottom, limit); // one card taller than a page: cut it anyway
    slices.push([start, end]);
    start = end;
  }
  return slices;
}

function tileLayout(
  layout: MapLayout,
  first: number,
  last: number,
  start: number,
  end: number,
  continued: (name: string) => string,
): MapLayout {
  const { grid } = layout;
  const allColumns = layout.columns;
  const headerRow = allColumns[0]!.height;
  const dx = allColumns[first]!.x - (grid.x + LAYOUT.rowHeaderWidth);
  const dy = start - (grid.y + headerRow);
  const columns = allColumns.slice(first, last).map((c) => ({ ...c, x: c.x - dx }));
  const width = LAYOUT.rowHeaderWidth + columns.reduce((sum, c) => sum + c.width, 0);
  const rows = layout.rows.flatMap((row) => {
    if (row.y + row.height <= start || row.y >= end) return [];
    const top = Math.max(row.y, start);
    const channel = row.y < start ? { ...row.channel, name: continued(row.channel.name) } : row.channel;
    return [{ channel, x: row.x, y: top - dy, width, height: Math.min(row.y + row.height, end) - top }];
  });
  const left = allColumns[first]!.x;
  const right = allColumns[last - 1]!.x + allColumns[last - 1]!.width;
  const cards: CardLayout[] = [];
  for (const card of layout.cards) {
    if (card.y < start || card.y >= end || card.x < left || card.x >= right) continue;
    cards.push({ ...card, x: card.x - dx, y: card.y - dy });
  }
  const tileGrid = { x: grid.x, y: grid.y, width, height: headerRow + (end - start) };
  const lane = { ...layout.lane, y: tileGrid.y + tileGrid.height + LAYOUT.cardGap, width };
  return {
    ...layout,
    width: grid.x * 2 + width,
    height: tileGrid.y + tileGrid.height,
    grid: tileGrid,
    columns,
    rows,
    cards,
    blueprint: tileBlueprint(layout.blueprint, start, end, dy, width),
    overflows: [],
    lane,
    footer: { ...layout.footer, y: lane.y + lane.height, width },
    hiddenRows: 0,
  };
}

/**
 * The lanes of the body slice [start, end), moved up by `dy`, across a tile `width` wide: a lane
 * band cut by the page is drawn on each page it spans (its name repeated, as a channel's); a line
 * on a cut belongs to the slice below it, where the group it opens starts.
 */
function tileBlueprint(
  blueprint: BlueprintLayout,
  start: number,
  end: number,
  dy: number,
  width: number,
): BlueprintLayout {
  const bands = blueprint.bands.flatMap((band) => {
    if (band.y + band.height <= start || band.y >= end) return [];
    const top = Math.max(band.y, start);
    return [{ ...band, y: top - dy, width, height: Math.min(band.y + band.height, end) - top }];
  });
  const lines = blueprint.lines.flatMap((line) =>
    line.y < start || line.y >= end ? [] : [{ ...line, y: line.y - dy, width }],
  );
  return { bands, lines };
}
