/**
 * One journey of a board as a PDF a steering committee can read on paper: a cover (board title,
 * persona and quote, date), the map (phases x channels with every card, tiled over pages with the
 * phase header row and channel column repeated, never below MIN_FONT_PT), the emotion curve with
 * survey figures, the action plan (quick wins first), the KPIs against their targets and the
 * unplaced cards. The map is drawn by the PNG export's own layout and drawing code through
 * PdfCanvas, so the two never disagree. Pages are written out as they are finished (PDFKit
 * streams), so memory grows with the file, not with the work.
 */
import {
  CARD_COLORS,
  cardHeightFor,
  cardTextWidth,
  charWidthOf,
  DOCUMENT_LABELS,
  type DocumentLabels,
  drawCards,
  drawGrid,
  drawLane,
  formatAmount,
  formatEmotion,
  formatNumber,
  type JourneyMapJson,
  type JourneyOutline,
  kpiSummary,
  layoutMap,
  outlineJourney,
  PNG_LAYOUT,
  pickJourney,
  tileMap,
  wrapText,
} from '@parcours/journey';
import PDFDocument from 'pdfkit';
import { findFontFiles, registerFonts } from './fonts';
import { PdfCanvas } from './pdfCanvas';
import { drawTable, INK, MUTED, paragraph, type TablePage } from './pdfText';

export const PAPER_SIZES = { A4: [595.28, 841.89], A3: [841.89, 1190.55], letter: [612, 792] } as const;
export type Paper = keyof typeof PAPER_SIZES;
export type Orientation = 'landscape' | 'portrait';

export interface PdfOptions {
  readonly journeyId?: string;
  readonly paper: Paper;
  readonly orientation: Orientation;
  /** Printed on the cover and stored as the creation date. */
  readonly date: Date;
}

/** The smallest text on the map, in points: card text is drawn at 12 px x scale, never below this. */
export const MIN_FONT_PT = 8;
const MIN_SCALE = MIN_FONT_PT / PNG_LAYOUT.cardFontSize;
const MAX_SCALE = 0.9;
/** Width of a phase column when the map is tiled (layout pixels). */
const TILE_COLUMN = 170;
/** A card shows this many lines of its text at most (then "…"): a whole workshop note, not a 10,000-character essay. */
const CARD_LINES = 12;
const MARGIN = 30;
const HEADER_BAND = 30;
const FOOTER_BAND = 18;

export async function renderPdf(map: JourneyMapJson, options: PdfOptions): Promise<Uint8Array> {
  const journey = pickJourney(map, options.journeyId);
  const L = DOCUMENT_LABELS[map.locale];
  const [w, h] = PAPER_SIZES[options.paper];
  const [pageWidth, pageHeight] = options.orientation === 'landscape' ? [h, w] : [w, h];
  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margin: 0,
    autoFirstPage: false,
    lang: map.locale === 'fr' ? 'fr-FR' : 'en-US',
    displayTitle: true,
    info: {
      Title: journey ? `${map.title} — ${journey.title}` : map.title,
      Creator: 'Parcours',
      Producer: 'Parcours (PDFKit)',
      CreationDate: options.date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc, findFontFiles());
  const ctx = new PdfCanvas(doc, fonts);
  const pages = new Pages(doc, ctx, { width: pageWidth, height: pageHeight }, map.title, L);

  drawCover(ctx, pages, map, journey ? outlineJourney(map, journey) : null, options.date);
  if (journey) {
    const outline = outlineJourney(map, journey);
    drawMap(ctx, pages, outline);
    drawEmotions(ctx, pages, outline);
    drawActions(ctx, pages, outline);
    drawKpis(ctx, pages, outline);
    drawUnplaced(ctx, pages, outline);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Page bookkeeping: a footer with the board title and page number on each page. */
class Pages implements TablePage {
  count = 0;
  readonly left = MARGIN;
  readonly width: number;
  readonly bottom: number;
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly ctx: PdfCanvas,
    readonly size: { width: number; height: number },
    private readonly title: string,
    readonly labels: DocumentLabels,
  ) {
    this.width = size.width - 2 * MARGIN;
    this.bottom = size.height - MARGIN - FOOTER_BAND;
  }
  newPage(): number {
    this.doc.addPage();
    this.count++;
    this.ctx.textAlign = 'left';
    this.ctx.textBaseline = 'top';
    this.ctx.font = '7px sans-serif';
    this.ctx.fillStyle = MUTED;
    const y = this.size.height - MARGIN - 8;
    this.ctx.fillText(`Parcours · ${this.title.replace(/\s+/g, ' ').slice(0, 120)}`, MARGIN, y);
    this.ctx.textAlign = 'right';
    this.ctx.fillText(`${this.labels.page} ${this.count}`, this.size.width - MARGIN, y);
    this.ctx.textAlign = 'left';
    return MARGIN;
  }
  /** Where the last table ended, when the next section may follow it on the same page. */
  cursor: number | null = null;

  /**
   * A section title under the previous table when a title, a header and a few rows still fit there,
   * else at the top of a new page; returns the y under it.
   */
  section(title: string): number {
    const y = this.cursor !== null && this.cursor + 110 < this.bottom ? this.cursor + 22 : this.newPage();
    this.cursor = null;
    return paragraph(this.ctx, title, MARGIN, y, this.width, { size: 16, bold: true, maxLines: 2 }) + 8;
  }
}

function drawCover(
  ctx: PdfCanvas,
  pages: Pages,
  map: JourneyMapJson,
  outline: JourneyOutline | null,
  date: Date,
): void {
  const L = pages.labels;
  let y = pages.newPage() + pages.size.height * 0.12;
  const x = MARGIN * 2;
  const width = pages.width - 2 * MARGIN;
  y = paragraph(ctx, map.title, x, y, width, { size: 26, bold: true, maxLines: 4 }) + 10;
  if (!outline) {
    paragraph(ctx, L.noJourney, x, y, width, { size: 14, color: MUTED });
    return;
  }
  const { journey, persona } = outline;
  const stage = journey.stage === 'to-be' ? L.toBe : L.asIs;
  y = paragraph(ctx, `${journey.title} · ${stage}`, x, y, width, { size: 15, maxLines: 2 }) + 4;
  const when = new Intl.DateTimeFormat(map.locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(date);
  const counts = `${journey.phases.length} ${L.phase.toLowerCase()}s · ${L.cards(outline.cardCount)} · ${when}`;
  y = paragraph(ctx, counts, x, y, width, { size: 11, color: MUTED }) + 28;
  if (!persona) return;
  ctx.fillStyle = '#f6f8fa';
  const boxTop = y;
  y += 14;
  y = paragraph(ctx, `${L.persona}${L.colon}${persona.name}`, x + 14, y, width - 28, {
    size: 15,
    bold: true,
    maxLines: 2,
  });
  if (persona.segment)
    y = paragraph(ctx, persona.segment, x + 14, y + 2, width - 28, { size: 11, color: MUTED, maxLines: 2 });
  if (persona.quote?.trim()) {
    const [open, close] = map.locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
    y = paragraph(ctx, `${open}${persona.quote.trim()}${close}`, x + 14, y + 10, width - 28, { size: 14, maxLines: 5 });
  }
  if (persona.description?.trim()) {
    y = paragraph(ctx, persona.description, x + 14, y + 8, width - 28, { size: 10.5, maxLines: 6 });
  }
  const list = (label: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    y = paragraph(ctx, `${label}${L.colon}${values.join(' ; ')}`, x + 14, y + 6, width - 28, {
      size: 10.5,
      maxLines: 4,
    });
  };
  list(L.goals, persona.goals);
  list(L.frustrations, persona.frustrations);
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = 1;
  ctx.strokeRect(x, boxTop, width, y - boxTop + 14);
}

/** The map at the largest scale that fits the page width up to MAX_SCALE, tiled below MIN_SCALE. */
function drawMap(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
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
  const charWidth = charWidthOf(ctx);
  const layout = layoutMap(map, {
    journeyId: journey.id,
    width: (fits ? W / scale : natural) + 2 * PNG_LAYOUT.padding,
    unbounded: true,
    cardHeight: (card, width) =>
      cardHeightFor(wrapText(measure, card.text, cardTextWidth(card, width), CARD_LINES, charWidth).length),
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
    // The board's title is in every page's footer: the header names the journey and its phases.
    paragraph(ctx, `${journey.title}${range}`, MARGIN, top, W * 0.45, {
      size: 10,
      bold: true,
      maxLines: 1,
    });
    drawLegend(ctx, pages, top + 1, L);
    ctx.save();
    ctx.translate(MARGIN - tile.layout.grid.x * scale, top + HEADER_BAND - tile.layout.grid.y * scale);
    ctx.scale(scale, scale);
    drawGrid(ctx, tile.layout, labels);
    drawCards(ctx, tile.layout.cards);
    ctx.restore();
  }
}

/** Card colours and marks, top right of each map page. */
function drawLegend(ctx: PdfCanvas, pages: Pages, y: number, L: DocumentLabels): void {
  const items: [string, string][] = [
    [CARD_COLORS.touchpoint.fill, L.kinds.touchpoint],
    [CARD_COLORS.irritant.fill, `⚠ ${L.kinds.irritant}`],
    [CARD_COLORS.enchantment.fill, `✦ ${L.kinds.enchantment}`],
    [CARD_COLORS.note.fill, L.kinds.note],
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
}

function drawEmotions(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  const { map, journey, phases } = outline;
  if (phases.length === 0) return;
  const L = pages.labels;
  let y = pages.section(L.emotionCurve);
  const scale = 0.75;
  const layout = layoutMap(map, {
    journeyId: journey.id,
    width: pages.width / scale + 2 * PNG_LAYOUT.padding,
    unbounded: true,
  });
  const laneHeight = 200;
  const lane = { x: layout.grid.x, y: layout.grid.y, width: layout.grid.width, height: laneHeight };
  ctx.save();
  ctx.translate(MARGIN - layout.grid.x * scale, y - layout.grid.y * scale);
  ctx.scale(scale, scale);
  drawLane(
    ctx,
    { ...layout, lane },
    phases.map((p) => p.emotion),
    L.emotion,
  );
  // Phase names under their points, as far as the column width allows.
  for (const column of layout.columns) {
    paragraph(ctx, column.phase.name, column.x + 4, lane.y + laneHeight + 6, column.width - 8, {
      size: 11,
      bold: true,
      maxLines: 3,
    });
  }
  ctx.restore();
  y += (laneHeight + 56) * scale + 10;
  const withSurvey = phases.some((p) => p.survey !== null);
  const figure = (n: number | null | undefined) =>
    n === null || n === undefined ? '' : formatNumber(n, map.locale, 1);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.phase, weight: 4 },
      { title: L.emotion, weight: 1.4 },
      ...(withSurvey
        ? [
            { title: 'CSAT', weight: 1 },
            { title: 'NPS', weight: 1 },
            { title: 'CES', weight: 1 },
          ]
        : []),
    ],
    phases.map((p) => [
      `${p.index + 1}. ${p.phase.name}`,
      p.emotion === null ? '' : formatEmotion(p.emotion, map.locale),
      ...(withSurvey ? [figure(p.survey?.csat), figure(p.survey?.nps), figure(p.survey?.ces)] : []),
    ]),
  );
}

function drawActions(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.actions.length === 0) return;
  const L = pages.labels;
  const y = pages.section(L.actionPlan);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.action, weight: 5 },
      { title: L.priority, weight: 2.2 },
      { title: L.impact, weight: 1.2 },
      { title: L.effort, weight: 1.2 },
      { title: L.owner, weight: 2.2 },
      { title: L.due, weight: 1.8 },
      { title: L.status, weight: 1.6 },
      { title: L.linkedCards, weight: 5 },
    ],
    outline.actions.map(({ action, quadrant, cards }) => [
      action.title,
      L.quadrants[quadrant],
      String(action.impact),
      String(action.effort),
      action.owner ?? '',
      action.due ?? '',
      L.statuses[action.status],
      cards.map((text) => `• ${text}`).join('\n'),
    ]),
  );
}

function drawKpis(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.kpis.length === 0) return;
  const L = pages.labels;
  const locale = outline.map.locale;
  const y = pages.section(L.kpis);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.phase, weight: 3 },
      { title: L.kpi, weight: 4 },
      { title: L.value, weight: 2 },
      { title: L.target, weight: 2 },
      { title: L.gap, weight: 3 },
    ],
    outline.kpis.map(({ phase, kpi, gap }) => [
      phase.name,
      kpi.name,
      kpi.value === undefined ? '' : formatAmount(kpi.value, kpi.unit, locale),
      kpi.target === undefined ? '' : formatAmount(kpi.target, kpi.unit, locale),
      gap === null
        ? ''
        : `${gap >= 0 ? '✓' : '✗'} ${gap > 0 ? '+' : ''}${formatAmount(gap, kpi.unit, locale)} (${gap >= 0 ? L.met : L.notMet})`,
    ]),
  );
}

function drawUnplaced(ctx: PdfCanvas, pages: Pages, outline: JourneyOutline): void {
  if (outline.unplaced.length === 0) return;
  const L = pages.labels;
  const y = pages.section(L.unplaced);
  pages.cursor = drawTable(
    ctx,
    pages,
    y,
    [
      { title: L.kind, weight: 1 },
      { title: L.text, weight: 5 },
    ],
    outline.unplaced.map((card) => [L.kinds[card.kind], card.text]),
  );
}
