/**
 * One journey of a board as a PDF a steering committee can read on paper: a cover (board title,
 * persona and quote, date), the map (phases x channels with every card, tiled over pages with the
 * phase header row and channel column repeated, never below MIN_FONT_PT), the emotion curve with
 * survey figures, the action plan (quick wins first), the KPIs against their targets and the
 * unplaced cards. The map is drawn by the PNG export's own layout and drawing code through
 * PdfCanvas, so the two never disagree. Pages are written out as they are finished (PDFKit
 * streams), so memory grows with the file, not with the work.
 */
import { DOCUMENT_LABELS, type JourneyMapJson, outlineJourney, pickJourney } from '@parcours/journey';
import PDFDocument from 'pdfkit';
import { findFontFiles, registerFonts } from './fonts';
import { PdfCanvas } from './pdfCanvas';
import { drawMap } from './pdfMap';
import { Pages } from './pdfPages';
import { drawActions, drawCover, drawEmotions, drawKpis, drawUnplaced } from './pdfSections';

export const PAPER_SIZES = { A4: [595.28, 841.89], A3: [841.89, 1190.55], letter: [612, 792] } as const;
export type Paper = keyof typeof PAPER_SIZES;
export type Orientation = 'landscape' | 'portrait';

export interface PdfOptions {
  readonly journeyId?: string;
  readonly paper: Paper;
  readonly orientation: Orientation;
  /** Printed on the cover and stored as the creation date. */
  readonly date: Date;
  /** The cards' pictures (encoded PNG or JPEG) by image hash; a card whose picture is missing is drawn without. */
  readonly pictures?: ReadonlyMap<string, Uint8Array>;
}

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
    drawMap(ctx, pages, outline, options.pictures);
    drawEmotions(ctx, pages, outline);
    drawActions(ctx, pages, outline);
    drawKpis(ctx, pages, outline);
    drawUnplaced(ctx, pages, outline);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
