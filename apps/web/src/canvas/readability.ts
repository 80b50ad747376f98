/**
 * Text a room can read: sizes of the canvas's words as a function of the zoom. On a projector the
 * whole board shows at 30-55 %, where 13 px card text becomes 4-7 px. Instead, below the zoom where a
 * label stays readable at its own size, it is drawn in a larger font (in board units) so that it is
 * about READABLE_PX on screen; a card then shows its first words, bigger (a summary), rather than all
 * its words, tiny. Fonts come from a short ladder so a zoom gesture re-draws bitmaps and the grid
 * only when it crosses a step, never per frame.
 */
import { TEXT_MIN_ZOOM } from './camera';

/** The on-screen size (CSS px) aimed at for any text at low zoom. */
export const READABLE_PX = 12;
/** The same while presenting a phase, read from the back of a room. */
export const PRESENT_PX = 16;
/** Board-unit fonts used when a label is enlarged (one bitmap per card and step). */
export const FONT_LADDER: readonly number[] = [15, 16, 18, 20, 22, 24, 27, 30, 33, 36, 39, 42];
/** The card's own font at full zoom (board units). */
export const CARD_FONT = 13;
/** Largest card font: two lines still fit in a card (see cardBitmap.ts). */
export const CARD_FONT_MAX = 42;
/**
 * Below TEXT_MIN_ZOOM cards are plain rectangles, to hold 60 fps on a 10,000-card board. A board
 * whose visible cards are few enough still gets its (summary) text down to SUMMARY_MIN_ZOOM: the
 * per-frame cost is one bitmap blit per card, bounded by TEXT_CARD_BUDGET, which is about as many
 * cards as a 1920x1080 screen shows at TEXT_MIN_ZOOM anyway.
 */
export const SUMMARY_MIN_ZOOM = 0.28;
export const TEXT_CARD_BUDGET = 800;

/** Whether cards are drawn with their text (bitmaps) or as plain rectangles. */
export function drawsCardText(zoom: number, visibleCards: number): boolean {
  return zoom >= TEXT_MIN_ZOOM || (zoom >= SUMMARY_MIN_ZOOM && visibleCards <= TEXT_CARD_BUDGET);
}

/**
 * The font (board units) of a label whose natural size is `base`: `base` while that reads at
 * `target` px on screen, else the smallest ladder step that does, at most `max`.
 */
export function readableFont(base: number, zoom: number, max = CARD_FONT_MAX, target = READABLE_PX): number {
  if (base * zoom >= target - 1e-9) return base;
  for (const step of FONT_LADDER) if (step > base && step <= max && step * zoom >= target - 1e-9) return step;
  return Math.max(base, Math.min(max, FONT_LADDER[FONT_LADDER.length - 1]!));
}

/** The card text font at a zoom: CARD_FONT (full card) or a larger summary font. */
export function cardFont(zoom: number, target = READABLE_PX): number {
  return readableFont(CARD_FONT, zoom, CARD_FONT_MAX, target);
}

const BASES = [12, CARD_FONT, 15, 16];
/** Every zoom where some readableFont answer changes, highest first. */
const THRESHOLDS = [...new Set([...BASES, ...FONT_LADDER].map((f) => READABLE_PX / f))].sort((a, b) => b - a);

/**
 * The zoom the labels are sized for (rounded by textZoomOf): while a phase is presented they aim at
 * PRESENT_PX, which is READABLE_PX at a proportionally smaller zoom.
 */
export function labelZoom(zoom: number, presenting: boolean): number {
  return textZoomOf(presenting ? (zoom * READABLE_PX) / PRESENT_PX : zoom);
}

/**
 * The zoom rounded down to the last threshold where a font changes: readableFont(b, textZoomOf(z))
 * equals readableFont(b, z) for the usual bases, so layers memoised on it re-render only at a step.
 */
export function textZoomOf(zoom: number): number {
  for (const t of THRESHOLDS) if (zoom >= t - 1e-9) return t;
  return THRESHOLDS[THRESHOLDS.length - 1]!;
}

/** The board's label sizes (board units) at a zoom: each readable when zoomed out, within its box. */
export function labelFonts(textZoom: number) {
  return {
    persona: readableFont(16, textZoom, 30),
    phase: readableFont(15, textZoom, 34),
    channel: readableFont(15, textZoom, 20),
    tray: readableFont(15, textZoom, 30),
    emotionTitle: readableFont(15, textZoom, 36),
    emotionValue: readableFont(EMOTION_VALUE_FONT, textZoom, 42),
  };
}

/** The emotion curve's value labels at full zoom. */
export const EMOTION_VALUE_FONT = 12;
