import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { addComment } from '../comments/addComment';
import { replyToComment } from '../comments/replyToComment';
import { resolveThread } from '../comments/resolveThread';
import { toJson } from '../format/toJson';
import { BOARD_COLORS } from '../palette';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { commentMarkers, legendHeight, MARKER_RADIUS } from './commentMarkers';
import { layoutMap } from './layout';
import { pngLayout, renderPng } from './renderPng';

const camille = { id: 'p-camille', name: 'Camille', key: 'k'.repeat(43) };

/** A workshop board with threads: two on the first drawn card, one resolved, one on a phase header. */
function reviewedBoard() {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  const first = layoutMap(toJson(doc)).cards[0]!.card;
  const snapshot = toSnapshot(doc);
  const phaseId = Object.keys(snapshot.phases)[0]!;
  const a = addComment(doc, {
    anchor: { kind: 'card', id: first.id },
    author: camille,
    body: 'Trop  de\nchamps',
    now: 1,
  });
  replyToComment(doc, { threadId: a, author: camille, body: 'Oui', now: 2 });
  addComment(doc, { anchor: { kind: 'card', id: first.id }, author: camille, body: 'Et le prix ?', now: 3 });
  const resolved = addComment(doc, { anchor: { kind: 'card', id: first.id }, author: camille, body: 'Réglé', now: 4 });
  resolveThread(doc, { threadId: resolved });
  addComment(doc, { anchor: { kind: 'phase', id: phaseId }, author: camille, body: 'Sur la phase', now: 5 });
  return { map: toJson(doc), first };
}

describe('comment markers of the PNG export', () => {
  it('numbers the open threads on drawn cards, oldest first, with their first comment and replies', () => {
    const { map, first } = reviewedBoard();
    const layout = layoutMap(map);
    const markers = commentMarkers(map, layout);
    expect(markers.map((m) => [m.number, m.author, m.text, m.replies])).toEqual([
      [1, 'Camille', 'Trop de champs', 1],
      [2, 'Camille', 'Et le prix ?', 0],
    ]);
    const card = layout.cards.find((c) => c.card.id === first.id)!;
    expect(markers[0]!.x).toBeGreaterThan(markers[1]!.x); // side by side from the right-hand corner
    expect(markers[0]!.x + MARKER_RADIUS).toBeLessThanOrEqual(card.x + card.width);
    expect(markers[0]!.y - MARKER_RADIUS).toBeGreaterThanOrEqual(card.y);
  });

  it('leaves the image as it was unless asked, and grows it by the legend when asked', async () => {
    const { map } = reviewedBoard();
    const plain = pngLayout(map, {});
    const marked = pngLayout(map, { comments: true });
    expect(plain.height).toBe(layoutMap(map).height);
    expect(marked.height).toBe(plain.height + legendHeight(marked.markers));
    expect(legendHeight([])).toBe(0);

    const png = await renderPng(map, {
      createCanvas,
      comments: true,
      encode: (c) => (c as Canvas).encode('png'),
    });
    const { loadImage } = await import('@napi-rs/canvas');
    const image = await loadImage(Buffer.from(png));
    expect(image.height).toBe(marked.height);
    // The marker is painted: the pixel beside its number has the marker's colour.
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const marker = marked.markers[0]!;
    const [r, g, b] = ctx.getImageData(Math.round(marker.x - MARKER_RADIUS + 2), Math.round(marker.y), 1, 1).data;
    const hex = `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(BOARD_COLORS.commentMarker);
  });
});
