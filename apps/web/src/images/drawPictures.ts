/**
 * Draws the cards' pictures over their bitmaps (canvas/CardsLayer.tsx), for the visible cards only
 * (the layer culls them): the 320 px thumbnail while a picture is small on screen, the full image
 * once it is drawn larger than that, and the thumbnail meanwhile. Also the upload progress of a
 * card receiving a picture.
 */
import type { Card } from '@parcours/journey';
import { useMemo, useRef } from 'react';
import { pictureRect } from '../canvas/cardBitmap';
import { CARD_H, CARD_W } from '../canvas/layout';
import { useBoardStore } from '../store/boardStore';
import { CanvasPictures, fitInside } from './canvasPictures';
import { imageUrl } from './imageApi';
import { cardUpload, useUploadStore } from './uploadStore';

/** Thumbnails are 320 px on their longest side: beyond that many device pixels, the full image. */
const THUMB_PX = 320;

export interface PictureSource {
  readonly pictures: CanvasPictures;
  readonly url: ((hash: string, size: 'full' | 'thumb') => string) | null;
  readonly progress: (cardId: string) => number | undefined;
}

/** The layer's picture loader and the board's image addresses; `redraw` is called when an image arrives. */
export function usePictureSource(redraw: () => void): PictureSource {
  const redrawRef = useRef(redraw);
  redrawRef.current = redraw;
  const boardId = useBoardStore((s) => s.boardId);
  const token = useBoardStore((s) => s.tokens.current);
  const uploads = useUploadStore((s) => s.uploads);
  const pictures = useMemo(() => new CanvasPictures(() => redrawRef.current()), []);
  return useMemo(
    () => ({
      pictures,
      url: boardId && token ? (hash, size) => imageUrl(boardId, token, hash, size) : null,
      progress: (cardId) => cardUpload(uploads, cardId)?.progress,
    }),
    [pictures, boardId, token, uploads],
  );
}

export function drawPictures(
  ctx: CanvasRenderingContext2D,
  cards: readonly { readonly card: Card; readonly x: number; readonly y: number }[],
  source: PictureSource,
  options: { deviceScale: number; font: number; dragged: ReadonlySet<string> },
): void {
  const { url, pictures } = source;
  for (const { card, x, y } of cards) {
    const progress = source.progress(card.id);
    if (progress !== undefined) drawProgress(ctx, x, y, progress);
    if (!card.image || !url) continue;
    const box = pictureRect(card, options.font);
    const large = box.w * options.deviceScale > THUMB_PX;
    const full = large ? pictures.get(url(card.image.hash, 'full')) : undefined;
    const img = full ?? pictures.get(url(card.image.hash, 'thumb'));
    if (!img) continue;
    const r = fitInside(card.image.width, card.image.height, { x: x + box.x, y: y + box.y, w: box.w, h: box.h });
    ctx.globalAlpha = options.dragged.has(card.id) ? 0.3 : 1;
    ctx.drawImage(img, r.x, r.y, r.w, r.h);
  }
  ctx.globalAlpha = 1;
}

function drawProgress(ctx: CanvasRenderingContext2D, x: number, y: number, progress: number): void {
  const w = CARD_W - 16;
  ctx.fillStyle = 'rgba(30,35,45,0.25)';
  ctx.fillRect(x + 8, y + CARD_H - 8, w, 4);
  ctx.fillStyle = '#2f6fed';
  ctx.fillRect(x + 8, y + CARD_H - 8, w * Math.max(0.05, Math.min(1, progress)), 4);
}
