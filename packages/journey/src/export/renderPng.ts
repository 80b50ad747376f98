import { LANE_LABELS } from '../blueprint/lanes';
import { JOURNEY_MAP_FORMAT } from '../format/version';
import { BOARD_COLORS as COLORS } from '../palette';
import type { JourneyMapJson, KpiJson } from '../schema';
import { wrapText } from '../text/wrapText';
import type { Locale } from '../types';
import { type CanvasFactory, type CanvasLike, type Context2DLike, toPngBytes } from './canvas';
import { type CommentMarker, commentMarkers, drawCommentMarkers, legendHeight } from './commentMarkers';
import { drawBlueprint } from './drawBlueprint';
import { drawCards, drawGrid, type PictureSource } from './drawCards';
import { drawLane } from './drawLane';
import { phaseEmotions } from './emotion';
import { LAYOUT, type LayoutOptions, layoutMap, type MapLayout } from './layout';
import { withPngText } from './pngText';

/** The keyword of the PNG text chunk that carries the board, as JSON (the same as the format name). */
export const PNG_MAP_KEYWORD = JOURNEY_MAP_FORMAT;

export interface RenderPngOptions extends LayoutOptions {
  /** Makes the canvas: `createCanvas` from `@napi-rs/canvas` in Node; in a browser, one that sets width/height on a new <canvas>. */
  readonly createCanvas: CanvasFactory;
  /** Device pixels per CSS pixel, 0.5 to 4; default 1. */
  readonly pixelRatio?: number;
  /** PNG bytes of the drawn canvas; default: decoded from `toDataURL('image/png')`. */
  readonly encode?: (canvas: CanvasLike) => Uint8Array | Promise<Uint8Array>;
  /**
   * Loads a card's picture by its hash, injected like the canvas (the export itself reads nothing):
   * a drawable image (an `Image` of @napi-rs/canvas on the server, an ImageBitmap in a browser), or
   * undefined to draw the card without it. Asked only for the cards the image shows, once per hash.
   */
  readonly loadImage?: (hash: string) => Promise<unknown>;
  /** Numbered markers on the cards with open comment threads, and their legend under the map. Default false. */
  readonly comments?: boolean;
}

/** The image's layout and size in CSS pixels, the comment legend included (what the pixel cap is checked against). */
export function pngLayout(
  map: JourneyMapJson,
  options: LayoutOptions & { readonly comments?: boolean },
): { layout: MapLayout; markers: CommentMarker[]; width: number; height: number } {
  const layout = layoutMap(map, options);
  const markers = options.comments && layout.journey ? commentMarkers(map, layout) : [];
  return { layout, markers, width: layout.width, height: layout.height + legendHeight(markers) };
}

const LABELS: Readonly<Record<Locale, Record<'emotion' | 'persona' | 'asIs' | 'toBe' | 'noJourney', string>>> = {
  fr: {
    emotion: 'Émotion',
    persona: 'Persona',
    asIs: 'parcours actuel',
    toBe: 'parcours cible',
    noJourney: 'Aucun parcours',
  },
  en: {
    emotion: 'Emotion',
    persona: 'Persona',
    asIs: 'current journey',
    toBe: 'target journey',
    noJourney: 'No journey',
  },
};

const plural = (locale: Locale, n: number, fr: string, en: string) =>
  `${n} ${locale === 'fr' ? fr : en}${n > 1 ? 's' : ''}`;

/**
 * A PNG of one journey of the map (the first by default): title and persona, phases by
 * channels with their cards, and the emotion curve. The whole map rides along as JSON in an
 * iTXt chunk, so fromPng gives the board back. Only standard canvas calls are used, so the
 * same code draws with @napi-rs/canvas on the server and a <canvas> in the browser.
 */
export async function renderPng(map: JourneyMapJson, options: RenderPngOptions): Promise<Uint8Array> {
  const ratio = Math.min(4, Math.max(0.5, options.pixelRatio ?? 1));
  const { layout, markers, width, height } = pngLayout(map, options);
  const canvas = options.createCanvas(Math.round(width * ratio), Math.round(height * ratio));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The canvas has no 2D context.');
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  drawHeader(ctx, map, layout);
  if (layout.journey) {
    const locale = map.locale;
    drawGrid(ctx, layout, { overflow: (hidden) => `+${hidden}`, kpis: (kpis) => kpiSummary(kpis, locale) });
    drawCards(ctx, layout.cards, await loadPictures(layout, options.loadImage));
    drawBlueprint(ctx, layout.blueprint, LANE_LABELS[locale]);
    drawLane(ctx, layout, phaseEmotions(layout.journey), LABELS[locale].emotion);
    drawFooter(ctx, layout, locale);
    const legend = { x: layout.footer.x, top: layout.height, width: layout.footer.width };
    drawCommentMarkers(ctx, markers, legend, locale);
  }
  ctx.restore();
  const png = await (options.encode ?? toPngBytes)(canvas);
  return withPngText(png, PNG_MAP_KEYWORD, JSON.stringify(map));
}

/** The pictures of the drawn cards (a cell shows its first cards only), each loaded once. */
async function loadPictures(
  layout: MapLayout,
  load: RenderPngOptions['loadImage'],
): Promise<PictureSource | undefined> {
  if (!load) return undefined;
  const pictures = new Map<string, unknown>();
  for (const { card } of layout.cards) {
    const hash = card.image?.hash;
    if (hash && !pictures.has(hash)) pictures.set(hash, await load(hash).catch(() => undefined));
  }
  return (hash) => pictures.get(hash);
}

function drawHeader(ctx: Context2DLike, map: JourneyMapJson, layout: MapLayout): void {
  const { header, journey } = layout;
  const labels = LABELS[map.locale];
  const measure = (t: string) => ctx.measureText(t).width;
  ctx.fillStyle = COLORS.text;
  ctx.font = `bold 24px ${LAYOUT.fontFamily}`;
  drawLine(ctx, map.title, header.x, header.y, header.width);
  ctx.font = `15px ${LAYOUT.fontFamily}`;
  const stage = journey?.stage === 'to-be' ? labels.toBe : labels.asIs;
  drawLine(ctx, journey ? `${journey.title} · ${stage}` : labels.noJourney, header.x, header.y + 34, header.width);
  const persona = journey?.personaId ? map.personas.find((p) => p.id === journey.personaId) : undefined;
  if (persona) {
    const details = [persona.segment, persona.description || persona.quote].filter(Boolean).join(' — ');
    ctx.font = `13px ${LAYOUT.fontFamily}`;
    ctx.fillStyle = COLORS.muted;
    const text = `${labels.persona} : ${persona.name}${details ? ` — ${details}` : ''}`;
    const [line] = wrapText(map.locale === 'fr' ? text : text.replace(' : ', ': '), header.width, 1, measure);
    if (line) ctx.fillText(line, header.x, header.y + 60);
  }
}

function drawLine(ctx: Context2DLike, text: string, x: number, y: number, width: number): void {
  const [line] = wrapText(text, width, 1, (t) => ctx.measureText(t).width);
  if (line) ctx.fillText(line, x, y);
}

/** "CTR 2,1 % → 3 % · Trafic": each KPI with its value and target when set, numbers in the board's language. */
export function kpiSummary(kpis: readonly KpiJson[], locale: Locale): string {
  const format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 });
  const amount = (n: number, unit?: string) => {
    if (!unit) return format.format(n);
    return unit === '%' && locale === 'en' ? `${format.format(n)}%` : `${format.format(n)} ${unit}`;
  };
  return kpis
    .map((kpi) => {
      const value = kpi.value === undefined ? '' : ` ${amount(kpi.value, kpi.unit)}`;
      const target = kpi.target === undefined ? '' : ` → ${amount(kpi.target, kpi.unit)}`;
      return `${kpi.name}${value}${target}`;
    })
    .join(' · ');
}

function drawFooter(ctx: Context2DLike, layout: MapLayout, locale: Locale): void {
  const notes: string[] = [];
  if (layout.unplaced > 0) notes.push(plural(locale, layout.unplaced, 'carte non placée', 'unplaced card'));
  if (layout.hiddenRows > 0) notes.push(plural(locale, layout.hiddenRows, 'canal non affiché', 'channel not shown'));
  notes.push('Parcours');
  ctx.font = `11px ${LAYOUT.fontFamily}`;
  ctx.fillStyle = COLORS.muted;
  ctx.fillText(notes.join(' · '), layout.footer.x, layout.footer.y + 8);
}
