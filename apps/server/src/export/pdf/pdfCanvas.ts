/**
 * The part of the canvas 2D API the PNG export draws with (Context2DLike), on a PDFKit page, so
 * the PDF draws the map with the very same code as the PNG (drawGrid, drawCards, drawLane):
 * vector shapes and real, selectable text in embedded fonts. Characters the main font lacks
 * (emoji) are drawn with the fallback font when it has them.
 */
import type { Context2DLike } from '@parcours/journey';
import type { PdfFonts } from './fonts';

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
}

/** Runs of text with the font that has their glyphs. */
type Run = { readonly text: string; readonly fallback: boolean };

export class PdfCanvas implements Context2DLike {
  private state: State = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    font: '10px sans-serif',
    textAlign: 'left',
    textBaseline: 'top',
  };
  private readonly stack: State[] = [];
  private size = 10;
  private bold = false;
  /** Whether the path being built has a current point (canvas arc() joins it with a line). */
  private hasPoint = false;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PdfFonts,
  ) {}

  get fillStyle(): unknown {
    return this.state.fillStyle;
  }
  set fillStyle(value: unknown) {
    this.state.fillStyle = String(value);
  }
  get strokeStyle(): unknown {
    return this.state.strokeStyle;
  }
  set strokeStyle(value: unknown) {
    this.state.strokeStyle = String(value);
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(value: number) {
    this.state.lineWidth = value;
    this.doc.lineWidth(value);
  }
  get font(): string {
    return this.state.font;
  }
  /** "bold 13px sans-serif": weight and size; the family is always the embedded one. */
  set font(value: string) {
    this.state.font = value;
    const size = /(\d+(?:\.\d+)?)px/.exec(value);
    this.size = size ? Number(size[1]) : 10;
    this.bold = /\bbold\b/.test(value);
  }
  get textAlign(): string {
    return this.state.textAlign;
  }
  set textAlign(value: string) {
    this.state.textAlign = value;
  }
  get textBaseline(): string {
    return this.state.textBaseline;
  }
  set textBaseline(value: string) {
    this.state.textBaseline = value;
  }

  save(): void {
    this.stack.push({ ...this.state });
    this.doc.save();
  }
  restore(): void {
    const state = this.stack.pop();
    if (state) {
      this.state = state;
      this.font = state.font;
    }
    this.doc.restore();
  }
  scale(x: number, y: number): void {
    this.doc.scale(x, y);
  }
  translate(x: number, y: number): void {
    this.doc.translate(x, y);
  }

  /** A picture given as encoded PNG or JPEG bytes (PDFKit embeds those); anything else is skipped. */
  drawImage(image: never, x: number, y: number, width: number, height: number): void {
    const bytes: unknown = image;
    if (!(bytes instanceof Uint8Array)) return;
    this.doc.image(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), x, y, { width, height });
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.doc.rect(x, y, width, height).fill(this.state.fillStyle);
  }
  strokeRect(x: number, y: number, width: number, height: number): void {
    this.doc.rect(x, y, width, height).stroke(this.state.strokeStyle);
  }

  fillText(text: string, x: number, y: number): void {
    const runs = this.runs(text);
    let left = x;
    if (this.state.textAlign === 'center' || this.state.textAlign === 'right') {
      const width = this.widthOf(runs);
      left -= this.state.textAlign === 'center' ? width / 2 : width;
    }
    this.doc.fillColor(this.state.fillStyle);
    for (const run of runs) {
      this.useFont(run.fallback);
      // No width: PDFKit neither wraps nor adds pages; the caller has wrapped the text already.
      this.doc.text(run.text, left, y, { lineBreak: false, baseline: 'top' });
      left += this.doc.widthOfString(run.text);
    }
  }

  measureText(text: string): { width: number } {
    return { width: this.widthOf(this.runs(text)) };
  }

  beginPath(): void {
    this.hasPoint = false;
  }
  closePath(): void {
    this.doc.closePath();
  }
  moveTo(x: number, y: number): void {
    this.doc.moveTo(x, y);
    this.hasPoint = true;
  }
  lineTo(x: number, y: number): void {
    if (this.hasPoint) this.doc.lineTo(x, y);
    else this.doc.moveTo(x, y);
    this.hasPoint = true;
  }
  rect(x: number, y: number, width: number, height: number): void {
    this.doc.rect(x, y, width, height);
    this.hasPoint = true;
  }
  /** Clockwise arc as cubic Béziers of at most a quarter turn each, joined to the current point as canvas does. */
  arc(cx: number, cy: number, radius: number, start: number, end: number): void {
    let sweep = end - start;
    if (sweep >= 2 * Math.PI) sweep = 2 * Math.PI;
    else sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    const at = (a: number) => [cx + radius * Math.cos(a), cy + radius * Math.sin(a)] as const;
    const [sx, sy] = at(start);
    this.lineTo(sx, sy);
    const steps = Math.max(1, Math.ceil(sweep / (Math.PI / 2)));
    const step = sweep / steps;
    const k = (4 / 3) * Math.tan(step / 4) * radius;
    for (let i = 0; i < steps; i++) {
      const a1 = start + i * step;
      const a2 = a1 + step;
      const [x1, y1] = at(a1);
      const [x2, y2] = at(a2);
      this.doc.bezierCurveTo(
        x1 - k * Math.sin(a1),
        y1 + k * Math.cos(a1),
        x2 + k * Math.sin(a2),
        y2 - k * Math.cos(a2),
        x2,
        y2,
      );
    }
  }
  fill(): void {
    this.doc.fill(this.state.fillStyle);
    this.hasPoint = false;
  }
  stroke(): void {
    this.doc.stroke(this.state.strokeStyle);
    this.hasPoint = false;
  }
  clip(): void {
    this.doc.clip();
    this.hasPoint = false;
  }
  setLineDash(segments: number[]): void {
    const [dash, gap] = segments;
    if (!dash) this.doc.undash();
    else this.doc.dash(dash, { space: gap ?? dash });
  }

  /** The font set on the document last: measuring thousands of cards must not look it up each time. */
  private current = { name: '', size: 0 };

  private useFont(fallback: boolean): void {
    const name =
      (fallback ? this.fonts.fallback : this.bold ? this.fonts.bold : this.fonts.regular) ?? this.fonts.regular;
    if (name === this.current.name && this.size === this.current.size) return;
    this.doc.font(name).fontSize(this.size);
    this.current = { name, size: this.size };
  }

  private widthOf(runs: readonly Run[]): number {
    let width = 0;
    for (const run of runs) {
      this.useFont(run.fallback);
      width += this.doc.widthOfString(run.text);
    }
    return width;
  }

  private runs(text: string): Run[] {
    return splitRuns(text, this.fonts);
  }
}

/** Most text is covered by the main font: only characters past U+2000 are looked up. */
const MAYBE_MISSING = /[^\t-\u1fff]/u;

export function splitRuns(text: string, fonts: PdfFonts): Run[] {
  if (!fonts.fallback || !MAYBE_MISSING.test(text)) return [{ text, fallback: false }];
  const runs: Run[] = [];
  let current = '';
  let currentFallback = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Joiners and variation selectors go with the character they modify.
    const fallback: boolean =
      code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) ? currentFallback : fonts.needsFallback(code);
    if (fallback !== currentFallback && current) {
      runs.push({ text: current, fallback: currentFallback });
      current = '';
    }
    currentFallback = fallback;
    current += char;
  }
  if (current) runs.push({ text: current, fallback: currentFallback });
  return runs;
}
