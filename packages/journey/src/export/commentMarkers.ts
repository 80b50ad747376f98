/**
 * The PNG export's optional comment markers: each open thread on a card the image shows gets a
 * number on the card's corner, and a legend under the map gives, for each number, who said what
 * (the first comment, with its count of replies). Resolved and deleted threads are left out, and so
 * are threads on headers, personas and free points (the image has no place for them).
 */
import { bodyText } from '../comments/body';
import { BOARD_COLORS as COLORS } from '../palette';
import type { CommentJson, JourneyMapJson } from '../schema';
import { wrapText } from '../text/wrapText';
import type { Locale } from '../types';
import type { Context2DLike } from './canvas';
import { LAYOUT, type MapLayout } from './layout';

export interface CommentMarker {
  readonly number: number;
  /** Centre of the marker, on the card's top-right corner (several on one card go leftwards). */
  readonly x: number;
  readonly y: number;
  readonly author: string;
  readonly text: string;
  readonly replies: number;
}

export const MARKER_RADIUS = 9;
const LEGEND_LINE = 18;
/** Legend lines at most; past it, one line says how many more. */
export const MAX_LEGEND_LINES = 60;

/** The numbered markers, in the image's reading order (row by row, then a card's threads oldest first). */
export function commentMarkers(map: JourneyMapJson, layout: MapLayout): CommentMarker[] {
  const comments = map.comments ?? [];
  const replies = new Map<string, number>();
  for (const c of comments) if (c.thread && !c.deleted) replies.set(c.thread, (replies.get(c.thread) ?? 0) + 1);
  const byCard = new Map<string, CommentJson[]>();
  for (const c of comments) {
    if (c.thread || c.resolved || c.deleted || c.anchor?.kind !== 'card') continue;
    const list = byCard.get(c.anchor.id);
    if (list) list.push(c);
    else byCard.set(c.anchor.id, [c]);
  }
  const markers: CommentMarker[] = [];
  const placed = [...layout.cards].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const { card, x, y, width } of placed) {
    const threads = (byCard.get(card.id) ?? []).sort((a, b) => a.createdAt - b.createdAt);
    threads.forEach((first, i) => {
      markers.push({
        number: markers.length + 1,
        x: x + width - MARKER_RADIUS - 2 - i * (2 * MARKER_RADIUS + 2),
        y: y + MARKER_RADIUS + 2,
        author: first.authorName,
        text: bodyText(first.body).replace(/\s+/g, ' ').trim(),
        replies: replies.get(first.id) ?? 0,
      });
    });
  }
  return markers;
}

/** Height the legend adds under the map for these markers (0 without any). */
export function legendHeight(markers: readonly CommentMarker[]): number {
  if (markers.length === 0) return 0;
  const lines = Math.min(markers.length, MAX_LEGEND_LINES) + (markers.length > MAX_LEGEND_LINES ? 1 : 0);
  return LEGEND_LINE * (lines + 1) + LAYOUT.padding / 2;
}

const WORDS: Readonly<Record<Locale, { title: string; replies: (n: number) => string; more: (n: number) => string }>> =
  {
    fr: {
      title: 'Commentaires ouverts',
      replies: (n) => ` (${n} réponse${n > 1 ? 's' : ''})`,
      more: (n) => `+${n} autre${n > 1 ? 's' : ''}`,
    },
    en: {
      title: 'Open comments',
      replies: (n) => ` (${n} repl${n > 1 ? 'ies' : 'y'})`,
      more: (n) => `+${n} more`,
    },
  };

/** The numbers on the cards, then the legend from `top`, `width` wide. */
export function drawCommentMarkers(
  ctx: Context2DLike,
  markers: readonly CommentMarker[],
  legend: { x: number; top: number; width: number },
  locale: Locale,
): void {
  if (markers.length === 0) return;
  const words = WORDS[locale];
  const measure = (t: string) => ctx.measureText(t).width;
  for (const marker of markers) drawNumber(ctx, marker.number, marker.x, marker.y);
  ctx.textAlign = 'left';
  ctx.font = `bold 13px ${LAYOUT.fontFamily}`;
  ctx.fillStyle = COLORS.text;
  ctx.fillText(words.title, legend.x, legend.top + 2);
  const shown = markers.slice(0, MAX_LEGEND_LINES);
  shown.forEach((marker, i) => {
    const y = legend.top + LEGEND_LINE * (i + 1);
    drawNumber(ctx, marker.number, legend.x + MARKER_RADIUS, y + MARKER_RADIUS - 2);
    ctx.textAlign = 'left';
    ctx.font = `12px ${LAYOUT.fontFamily}`;
    ctx.fillStyle = COLORS.text;
    const separator = locale === 'fr' ? ' : ' : ': ';
    const line = `${marker.author}${separator}${marker.text}${marker.replies > 0 ? words.replies(marker.replies) : ''}`;
    const [fitted] = wrapText(line, legend.width - 2 * MARKER_RADIUS - 8, 1, measure);
    if (fitted) ctx.fillText(fitted, legend.x + 2 * MARKER_RADIUS + 8, y + 1);
  });
  if (markers.length > MAX_LEGEND_LINES) {
    ctx.fillStyle = COLORS.muted;
    ctx.fillText(
      words.more(markers.length - MAX_LEGEND_LINES),
      legend.x,
      legend.top + LEGEND_LINE * (shown.length + 1),
    );
  }
}

function drawNumber(ctx: Context2DLike, n: number, x: number, y: number): void {
  ctx.fillStyle = COLORS.commentMarker;
  ctx.beginPath();
  ctx.arc(x, y, MARKER_RADIUS, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = COLORS.commentMarkerText;
  ctx.font = `bold ${n > 99 ? 8 : 10}px ${LAYOUT.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.fillText(String(n), x, y - 5);
}
