import { describe, expect, it } from 'vitest';
import { TEXT_MIN_ZOOM } from './camera';
import {
  CARD_FONT,
  cardFont,
  drawsCardText,
  labelFonts,
  labelZoom,
  READABLE_PX,
  readableFont,
  SUMMARY_MIN_ZOOM,
  TEXT_CARD_BUDGET,
  textZoomOf,
} from './readability';

describe('readable text at any zoom', () => {
  it('keeps the card font while it reads, and enlarges it (a summary) below', () => {
    expect(cardFont(1)).toBe(CARD_FONT);
    for (const zoom of [0.9, 0.7, 0.53, 0.45, 0.35, 0.3, SUMMARY_MIN_ZOOM]) {
      expect(cardFont(zoom)).toBeGreaterThan(CARD_FONT);
      expect(cardFont(zoom) * zoom).toBeGreaterThanOrEqual(READABLE_PX - 0.5);
    }
    // Presenting aims higher.
    expect(cardFont(0.55, 16) * 0.55).toBeGreaterThanOrEqual(16);
  });

  it('draws card text down to SUMMARY_MIN_ZOOM only while few cards are visible', () => {
    expect(drawsCardText(TEXT_MIN_ZOOM, 100_000)).toBe(true);
    expect(drawsCardText(0.3, 50)).toBe(true);
    expect(drawsCardText(0.3, TEXT_CARD_BUDGET + 1)).toBe(false);
    expect(drawsCardText(SUMMARY_MIN_ZOOM - 0.01, 10)).toBe(false);
  });

  it('gives the same label sizes for the rounded zoom, which changes only at a step', () => {
    for (let zoom = 0.05; zoom < 2; zoom += 0.0137) {
      const t = textZoomOf(zoom);
      if (zoom >= 12 / 42) expect(t).toBeLessThanOrEqual(zoom + 1e-9);
      for (const base of [12, 13, 15, 16]) expect(readableFont(base, t)).toBe(readableFont(base, zoom));
      expect(labelFonts(t)).toEqual(labelFonts(zoom));
    }
    expect(new Set([0.5, 0.51, 0.52].map(textZoomOf)).size).toBe(1);
  });

  it('sizes labels for the back of the room while presenting', () => {
    for (const zoom of [0.4, 0.58, 0.8]) {
      expect(labelFonts(labelZoom(zoom, true)).emotionValue * zoom).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(labelFonts(labelZoom(zoom, true)).phase * zoom).toBeGreaterThanOrEqual(Math.min(16, 34 * zoom) - 1e-9);
    }
  });

  it('makes the emotion curve labels readable at a projector fit zoom', () => {
    for (const zoom of [0.32, 0.4, 0.52])
      expect(labelFonts(textZoomOf(zoom)).emotionValue * zoom).toBeGreaterThanOrEqual(11);
  });
});
