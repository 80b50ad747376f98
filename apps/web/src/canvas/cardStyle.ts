import { BOARD_COLORS, type Card, type CardKind, emotionColor, KIND_COLORS } from '@parcours/journey';

export { emotionColor };

/** The look of each card kind: paper colour, accent (strip, icon) from the board's palette, and a glyph every font has. */
export interface KindStyle {
  readonly fill: string;
  readonly accent: string;
  readonly icon: string;
}

export const KIND_STYLES: Readonly<Record<CardKind, KindStyle>> = {
  touchpoint: { ...KIND_COLORS.touchpoint, icon: '◉' },
  irritant: { ...KIND_COLORS.irritant, icon: '⚠' },
  enchantment: { ...KIND_COLORS.enchantment, icon: '♥' },
  note: { ...KIND_COLORS.note, icon: '✎' },
};

/**
 * Concrete families, no `system-ui`: where it is not mapped (many Linux setups, headless Chromium),
 * resolving it on every canvas text draw costs about four times as much.
 */
export const FONT_FAMILY = "'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif";

export const SELECTION_COLOR = BOARD_COLORS.selection;
export const KEY_MOMENT_COLOR = BOARD_COLORS.keyMoment;

/** A card's paper colour: its own colour when set, else its kind's. */
export function cardFill(card: Pick<Card, 'kind' | 'color'>): string {
  return card.color ?? KIND_STYLES[card.kind].fill;
}

/** The minimal 2D context a face needs (Konva's Context and the DOM's both fit). */
interface FaceContext {
  beginPath(): void;
  arc(x: number, y: number, r: number, start: number, end: number, ccw?: boolean): void;
  moveTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  fill(): void;
  stroke(): void;
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
}

/**
 * A face for an emotion, drawn with paths rather than emoji (the headless and Linux fonts often
 * have none): the mouth curves up or down with the value.
 */
export function drawFace(ctx: FaceContext, cx: number, cy: number, r: number, value: number): void {
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fillStyle = emotionColor(value);
  ctx.fill();
  ctx.lineWidth = Math.max(1, r / 7);
  ctx.strokeStyle = '#3a2f2f';
  ctx.stroke();
  ctx.fillStyle = '#3a2f2f';
  for (const dx of [-0.35, 0.35]) {
    ctx.beginPath();
    ctx.arc(cx + dx * r, cy - 0.25 * r, r * 0.11, 0, Math.PI * 2);
    ctx.fill();
  }
  const smile = Math.max(-2, Math.min(2, value)) / 2;
  const my = cy + 0.3 * r;
  ctx.beginPath();
  ctx.moveTo(cx - 0.45 * r, my - smile * 0.12 * r);
  ctx.quadraticCurveTo(cx, my + smile * 0.45 * r, cx + 0.45 * r, my - smile * 0.12 * r);
  ctx.stroke();
}
