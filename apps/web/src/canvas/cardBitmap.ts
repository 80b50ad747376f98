import { BOARD_COLORS, type Card, touchpointEmotion, voteCount, wrapText } from '@parcours/journey';
import { cardFill, drawFace, FONT_FAMILY, KEY_MOMENT_COLOR, KIND_STYLES } from './cardStyle';
import { CARD_H, CARD_W } from './layout';
import { CARD_FONT } from './readability';

/**
 * Cards are drawn once into a small bitmap per (card object, resolution) and then blitted: a pan
 * frame costs one drawImage per visible card instead of ~10 vector and text draws. The model keeps
 * a card's object identity while it is unchanged, so that object is the cache key: an edit makes a
 * new object and thus a new bitmap, for that card only.
 */

/** Bitmap pixels drawn above and below the card for its shadow. */
export const SHADOW = 3;
const FONT = `13px ${FONT_FAMILY}`;
const TEXT_X = 10;
const TEXT_Y = 28;
const LINE_H = 16;
const MAX_LINES = 4;
const SEVERITY_MARKS = ['', '●', '●●', '●●●'];

/** The cache key of a bitmap: its resolution bucket and its text font (readability.ts). */
export function bitmapKey(ratio: number, font: number): number {
  return font * 10 + ratio * 2;
}

/** Resolution buckets (device pixels per board unit): crisp enough, and few re-renders while zooming. */
export function bitmapRatio(scale: number): number {
  if (scale <= 0.5) return 0.5;
  if (scale <= 1) return 1;
  if (scale <= 2) return 2;
  return 3;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/**
 * Draws a card with its top-left corner at (0, 0), in board units: the full card at CARD_FONT, or
 * at a larger font (zoomed out, on a projector) its summary: colour, first words, votes, key moment.
 */
export function drawCard(ctx: CanvasRenderingContext2D, card: Card, font = CARD_FONT): void {
  drawPaper(ctx, card);
  if (font > CARD_FONT) drawSummary(ctx, card, font);
  else drawDetails(ctx, card);
}

function drawPaper(ctx: CanvasRenderingContext2D, card: Card): void {
  const style = KIND_STYLES[card.kind];
  ctx.fillStyle = 'rgba(30,35,45,0.10)';
  roundRect(ctx, 0, SHADOW, CARD_W, CARD_H, 6);
  ctx.fill();
  ctx.fillStyle = cardFill(card);
  roundRect(ctx, 0, 0, CARD_W, CARD_H, 6);
  ctx.fill();
  ctx.strokeStyle = 'rgba(30,35,45,0.16)';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = style.accent;
  ctx.fillRect(0, 0, CARD_W, 5);
  ctx.restore();
}

/**
 * Where a card's picture goes, in card units: below the kind's icon and above its caption (the
 * card's text); zoomed out (a larger font: the summary), over the body with one line of caption below.
 */
export function pictureRect(card: Card, font = CARD_FONT): { x: number; y: number; w: number; h: number } {
  const caption = card.text.trim() !== '';
  if (font > CARD_FONT) return { x: 6, y: 8, w: CARD_W - 12, h: CARD_H - 14 - (caption ? summaryLine(font) : 0) };
  return { x: 8, y: 24, w: CARD_W - 16, h: caption ? 46 : CARD_H - 24 - 22 };
}

const summaryLine = (font: number) => Math.round(font * 1.08);

const SUMMARY_X = 7;
const SUMMARY_Y = 7;

function drawSummary(ctx: CanvasRenderingContext2D, card: Card, font: number): void {
  // From afar the picture says more than the words: it takes the body, its caption one line below.
  const picture = card.image ? pictureRect(card, font) : null;
  if (picture) drawPictureFrame(ctx, picture);
  // Tight lines: at a projector's zoom a third line is worth more than air between them.
  const lineH = summaryLine(font);
  const maxLines = picture ? 1 : Math.max(1, Math.floor((CARD_H - SUMMARY_Y - 1) / lineH));
  const top = picture ? picture.y + picture.h + 1 : SUMMARY_Y;
  ctx.textBaseline = 'top';
  ctx.font = `${font}px ${FONT_FAMILY}`;
  ctx.fillStyle = BOARD_COLORS.text;
  const lines = wrapText(card.text, CARD_W - 2 * SUMMARY_X, maxLines, (s) => ctx.measureText(s).width);
  lines.forEach((line, i) => {
    ctx.fillText(line, SUMMARY_X, top + i * lineH);
  });
  // Marks that matter from afar, in the top-right corner over the text's end: star, votes.
  const votes = voteCount(card);
  const badge = Math.round(font * 0.8);
  let right = CARD_W - 3;
  if (votes > 0) {
    ctx.font = `bold ${Math.round(badge * 0.8)}px ${FONT_FAMILY}`;
    const label = `● ${votes}`;
    const w = ctx.measureText(label).width + badge * 0.6;
    ctx.fillStyle = BOARD_COLORS.voteBadge;
    roundRect(ctx, right - w, 3, w, badge, badge / 2);
    ctx.fill();
    ctx.fillStyle = BOARD_COLORS.voteBadgeText;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, right - w / 2, 3 + badge / 2);
    ctx.textAlign = 'start';
    ctx.textBaseline = 'top';
    right -= w + 3;
  }
  if (card.keyMoment) {
    ctx.font = `${badge}px 'DejaVu Sans', sans-serif`;
    ctx.fillStyle = KEY_MOMENT_COLOR;
    ctx.fillText('★', right - badge, 3);
  }
}

function drawDetails(ctx: CanvasRenderingContext2D, card: Card): void {
  const style = KIND_STYLES[card.kind];
  ctx.textBaseline = 'top';
  ctx.font = `bold 12px ${FONT_FAMILY}`;
  ctx.fillStyle = style.accent;
  const severity = card.kind === 'irritant' && card.severity ? ` ${SEVERITY_MARKS[card.severity]}` : '';
  ctx.fillText(`${style.icon}${severity}`, 9, 10);
  if (card.keyMoment) {
    ctx.font = `17px 'DejaVu Sans', sans-serif`;
    ctx.fillStyle = KEY_MOMENT_COLOR;
    ctx.fillText('★', CARD_W - 24, 7);
  }

  ctx.font = FONT;
  ctx.fillStyle = BOARD_COLORS.text;
  const emotion = card.kind === 'touchpoint' ? touchpointEmotion(card) : null;
  const votes = voteCount(card);
  // With a picture, the text is its caption below it: one or two lines, clear of the footer marks.
  const picture = card.image ? pictureRect(card) : null;
  const textY = picture ? picture.y + picture.h + 4 : TEXT_Y;
  const maxLines = picture ? (emotion !== null || votes > 0 ? 1 : 2) : MAX_LINES;
  if (picture) drawPictureFrame(ctx, picture);
  ctx.fillStyle = BOARD_COLORS.text;
  const lines = wrapText(card.text, CARD_W - 2 * TEXT_X, maxLines, (s) => ctx.measureText(s).width);
  lines.forEach((line, i) => {
    ctx.fillText(line, TEXT_X, textY + i * LINE_H);
  });

  if (emotion !== null) drawFace(ctx, 17, CARD_H - 12, 8, emotion);
  if (votes > 0) {
    ctx.fillStyle = BOARD_COLORS.voteBadge;
    roundRect(ctx, CARD_W - 40, CARD_H - 21, 32, 18, 9);
    ctx.fill();
    ctx.fillStyle = BOARD_COLORS.voteBadgeText;
    ctx.font = `11px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.fillText(`● ${votes}`, CARD_W - 24, CARD_H - 17);
    ctx.textAlign = 'start';
  }
}

/** The picture's place while its bytes load (the canvas draws the image itself over it). */
function drawPictureFrame(ctx: CanvasRenderingContext2D, r: { x: number; y: number; w: number; h: number }): void {
  ctx.fillStyle = 'rgba(30,35,45,0.08)';
  ctx.fillRect(r.x, r.y, r.w, r.h);
}

export function renderCardBitmap(card: Card, ratio: number, font = CARD_FONT): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(CARD_W * ratio);
  canvas.height = Math.ceil((CARD_H + SHADOW) * ratio);
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.scale(ratio, ratio);
    drawCard(ctx, card, font);
  }
  return canvas;
}

const VARIANTS_PER_CARD = 3;

/**
 * Least-recently-used bitmaps by card object and key (bitmapKey: ratio and font), capped (cards, and
 * a few variants per card) so a long session on a big board keeps a bounded amount of memory.
 * Owned by one canvas (not module state).
 */
export class CardBitmapCache {
  private readonly entries = new Map<Card, Map<number, HTMLCanvasElement>>();

  constructor(private readonly capacity: number) {}

  /** The bitmap for this key, if drawn; marks the card as recently used. */
  get(card: Card, key: number): HTMLCanvasElement | undefined {
    const byKey = this.entries.get(card);
    if (!byKey) return undefined;
    this.entries.delete(card);
    this.entries.set(card, byKey);
    return byKey.get(key);
  }

  /** Any bitmap of the card (a blurry stand-in while the right resolution is pending). */
  any(card: Card): HTMLCanvasElement | undefined {
    const byKey = this.entries.get(card);
    return byKey?.values().next().value;
  }

  set(card: Card, key: number, bitmap: HTMLCanvasElement): void {
    let byKey = this.entries.get(card);
    if (!byKey) {
      byKey = new Map();
      this.entries.set(card, byKey);
    }
    byKey.delete(key);
    byKey.set(key, bitmap);
    // Zooming through the font steps makes variants: keep the few most recent per card.
    while (byKey.size > VARIANTS_PER_CARD) byKey.delete(byKey.keys().next().value as number);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
