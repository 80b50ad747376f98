/**
 * The map pages of the PDF: the journey laid out by the PNG export's layoutMap (every card, cards as
 * tall as their text) and drawn by its drawGrid, drawCards and drawBlueprint (service-blueprint
 * lanes and lines) through PdfCanvas, scaled to the page
 * width, tiled over pages (mapTiles) when its text would fall below MIN_FONT_PT.
 */
import {
  cardHeightFor,
  cardTextWidth,
  type DocumentLabels,
  drawBlueprint,
  drawCards,
  drawGrid,
  type JourneyOutline,
  KIND_COLORS,
  kpiSummary,
  LANE_LABELS,
  layoutMap,
  PNG_LAYOUT,
  tileMap,
  wrapText,
} from '@parcours/journey';
import type { PdfCanvas } from './pdfCanvas';
import { MARGIN, type Pages } from './pdfPages';
import { INK, paragraph } from './pdfText';

/** The smallest text on the map, in points: card text is drawn at 12 px x scale, never below this. */
export const MIN_FONT_PT = 8;
const MIN_SCALE = MIN_FONT_PT / PNG_LAYOUT.cardFontSize;
const MAX_SCALE = 0.9;
/** Width of a phase column when the map is tiled (layout pixels). */
const TILE_COLUMN = 170;
/** A card shows this many lines of its text at most (then "…"): a whole workshop note, not a 10,000-character essay. */
const CARD_LINES = 12;
const HEADER_BAND = 30;

/** The map at the largest scale that fits the page width up to MAX_SCALE, tiled below MIN_SCALE. */
export function drawMap(
  ctx: PdfCanvas,
  pages: Pages,
  outline: JourneyOutline,
  pictures?: ReadonlyMap<string, Uint8Array>,
): void {
  const { map, journey } = outline;
  if (journey.phases.length === 0) return;
  const L = pages.labels;
  const W = pages.width;
  const H = pages.bottom - MARGIN - HEADER_BAND;
  const natural = PNG_LAYOUT.rowHeaderWidth + journey.phases.length * TILE_COLUMN;
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, W / natural));
  const fits = scale * natural <= W;
  // Cards as tall as their text (up to CARD_LINES lines), measured in the font they are drawn in.
  ctx.font = `${PNG_LAYOUT.cardFontSize}px sans-serif`;
  const measure = (text: string) => ctx.measureText(text).width;
  const layout = layoutMap(map, {
    journeyId: journey.id,
    width: (fits ? W / scale : natural) + 2 * PNG_LAYOUT.padding,
    unbounded: true,
    cardHeight: (card, width) =>
      cardHeightFor(wrapText(card.text, cardTextWidth(card, width), CARD_LINES, measure).length),
  });
  // layoutMap rounds its width to a pixel: a map that fits stays on one page across.
  const tileWidth = fits ? Math.max(W / scale, layout.grid.width) : W / scale;
  const tiles = tileMap(layout, { width: tileWidth, height: H / scale }, (name) => `${name} (${L.continued})`);
  const labels = {
    overflow: (n: number) => `+${n}`,
    kpis: (kpis: Parameters<typeof kpiSummary>[0]) => kpiSummary(kpis, map.locale),
  };
  const phaseCount = journey.phases.length;
  for (const tile of tiles) {
    const top = pages.newPage();
    const [first, last] = tile.columns;
    const range = phaseCount > last - first ? ` · ${L.phase} ${first + 1}–${last} / ${phaseCount}` : '';
    // The board's title is in every page's footer: the header names the journey and its phases,
    // in the room the legend leaves (a portrait page has less than half its width for it).
    const legendLeft = drawLegend(ctx, pages, top + 1, L);
    paragraph(ctx, `${journey.title}${range}`, MARGIN, top, Math.max(W * 0.3, legendLeft - MARGIN - 12), {
      size: 10,
      bold: true,
      maxLines: 1,
    });
    ctx.save();
    ctx.translate(MARGIN - tile.layout.grid.x * scale, top + HEADER_BAND - tile.layout.grid.y * scale);
    ctx.scale(scale, scale);
    drawGrid(ctx, tile.layout, labels);
    drawCards(ctx, tile.layout.cards, pictures && ((hash) => pictures.get(hash)));
    drawBlueprint(ctx, tile.layout.blueprint, LANE_LABELS[map.locale]);
    ctx.restore();
  }
}

/** Card colours and marks, top right of each map page; returns where it starts on the left. */
function drawLegend(ctx: PdfCanvas, pages: Pages, y: number, L: DocumentLabels): number {
  const items: [string, string][] = [
    [KIND_COLORS.touchpoint.fill, L.kinds.touchpoint],
    [KIND_COLORS.irritant.fill, `⚠ ${L.kinds.irritant}`],
    [KIND_COLORS.enchantment.fill, `✦ ${L.kinds.enchantment}`],
    [KIND_COLORS.note.fill, L.kinds.note],
    ['', `★ ${L.keyMoment}`],
  ];
  ctx.font = '8px sans-serif';
  let x = pages.left + pages.width;
  for (const [color, label] of [...items].reverse()) {
    const width = ctx.measureText(label).width;
    x -= width;
    ctx.fillStyle = INK;
    ctx.fillText(label, x, y + 1);
    if (color) {
      x -= 12;
      ctx.fillStyle = color;
      ctx.fillRect(x, y, 9, 9);
    }
    x -= 10;
  }
  return x + 10;
}
