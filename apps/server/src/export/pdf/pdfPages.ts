/** The PDF's pages: size, margins, a footer with the board title and page number, section titles. */
import type { DocumentLabels } from '@parcours/journey';
import type { PdfCanvas } from './pdfCanvas';
import { MUTED, paragraph, type TablePage } from './pdfText';

export const MARGIN = 30;
const FOOTER_BAND = 18;

/** Page bookkeeping: a footer with the board title and page number on each page. */
export class Pages implements TablePage {
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
