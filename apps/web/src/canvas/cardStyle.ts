import type { Card, CardKind } from '@parcours/journey';

/** The look of each card kind: paper colour, accent (strip, icon) and a glyph every font has. */
export interface KindStyle {
  readonly fill: string;
  readonly accent: string;
  readonly icon: string;
}

export const KIND_STYLES: Readonly<Record<CardKind, KindStyle>> = {
  touchpoint: { fill: '#e6f0ff', accent: '#3b6fd8', icon: '◉' },
  irritant: { fill: '#ffe3da', accent: '#d9482b', icon: '⚠' },
  enchantment: { fill: '#e2f6e4', accent: '#2f9244', icon: '♥' },
  note: { fill: '#fff4b0', accent: '#b08d00', icon: '✎' },
};

/**
 * Concrete families, no `system-ui`: where it is not mapped (many Linux setups, headless Chromium),
 * resolving it on every canvas text draw costs about four times as much.
 */
export const FONT_FAMILY = "'Segoe UI', Roboto, 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif";

export const SELECTION_COLOR = '#2563eb';
export const KEY_MOMENT_COLOR = '#e0a100';

/** A card's paper colour: its own colour when set, else its kind's. */
export function cardFill(card: Pick<Card, 'kind' | 'color'>): string {
  return card.color ?? KIND_STYLES[card.kind].fill;
}

/** Colour of an emotion from -2 (red) through 0 (amber) to 2 (green). */
export function emotionColor(value: number): string {
  const stops = ['#d93b3b', '#f08a3c', '#e8c547', '#8ccf5b', '#2fa84f'];
  const i = Math.max(0, Math.min(4, Math.round(value + 2)));
  return stops[i]!;
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
