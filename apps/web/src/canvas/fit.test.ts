import { describe, expect, it } from 'vitest';
import { fitCamera, toScreenRect } from './camera';
import { fitContents, fitInFreeArea, presentationCamera } from './fit';
import { intersects, type Rect } from './geometry';
import { contentRects, layoutBoard, phaseFrame } from './layout';
import { sampleView } from './testView';

/** The board as the shell shows it at 1280x720: canvas below the top bar, toolbar bottom-left, zoom and minimap bottom-right. */
const CANVAS = { w: 1280, h: 668 };
/** The test canvas with these overlays over it. */
const onCanvas = (overlays: readonly Rect[]) => ({ width: CANVAS.w, height: CANVAS.h, overlays });
const TOOLBAR: Rect = { x: 8, y: 598, w: 820, h: 62 };
const ZOOM_AND_MINIMAP: Rect = { x: 1060, y: 480, w: 220, h: 188 };

function inside(inner: Rect, outer: Rect): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.w <= outer.x + outer.w + e &&
    inner.y + inner.h <= outer.y + outer.h + e
  );
}

describe('fits clear of the overlays', () => {
  it('fits the board in the part of the canvas the overlays leave free, as large as possible', () => {
    const bounds = { x: 0, y: 0, w: 3200, h: 1800 };
    const overlays = [TOOLBAR, ZOOM_AND_MINIMAP];
    const fit = fitInFreeArea(bounds, onCanvas(overlays), 16);
    const onScreen = toScreenRect(fit, bounds);
    expect(inside(onScreen, { x: 0, y: 0, w: CANVAS.w, h: CANVAS.h })).toBe(true);
    for (const o of overlays) expect(intersects(onScreen, o)).toBe(false);
    // Above the toolbar and left of the minimap beats above both: the height is what limits.
    expect(fit.zoom).toBeCloseTo((TOOLBAR.y - 32) / 1800, 5);
    // The plain fit would have put the board's bottom under the toolbar.
    const plain = toScreenRect(fitCamera(bounds, CANVAS.w, CANVAS.h, 16), bounds);
    expect(intersects(plain, TOOLBAR)).toBe(true);
    // No overlays: the same as fitCamera.
    expect(fitInFreeArea(bounds, onCanvas([]), 16)).toEqual(fitCamera(bounds, CANVAS.w, CANVAS.h, 16));
  });

  it('keeps the board beside a tall overlay when that leaves more room than above it', () => {
    const bounds = { x: 0, y: 0, w: 1000, h: 1000 };
    const side: Rect = { x: 900, y: 0, w: 100, h: 1000 };
    const fit = fitInFreeArea(bounds, { width: 1000, height: 1000, overlays: [side] }, 0);
    expect(fit.zoom).toBeCloseTo(0.9);
    expect(intersects(toScreenRect(fit, bounds), side)).toBe(false);
  });

  it('frames phase k of a journey, clear of the presentation bar, large and centred', () => {
    const { view } = sampleView(120);
    const layout = layoutBoard(view);
    const bar: Rect = { x: 640, y: 960, w: 640, h: 68 };
    for (const k of [0, 1, 5]) {
      const frame = phaseFrame(layout, k)!;
      const column = layout.columns[k]!;
      // The whole column: header, every channel, and its part of the emotion lane.
      expect(frame.x).toBeLessThanOrEqual(column.x);
      expect(frame.x + frame.w).toBeGreaterThanOrEqual(column.x + column.w);
      expect(frame.y).toBeLessThanOrEqual(column.header.y);
      expect(frame.y + frame.h).toBeGreaterThanOrEqual(layout.emotion.y + layout.emotion.h);
      const camera = presentationCamera(frame, 1920, 1028, [bar]);
      const onScreen = toScreenRect(camera, frame);
      expect(inside(onScreen, { x: 0, y: 0, w: 1920, h: 1028 })).toBe(true);
      expect(intersects(onScreen, bar)).toBe(false);
      // Height-limited: it fills the height above the bar, centred across.
      expect(onScreen.h).toBeGreaterThan(960 - 40);
      expect(onScreen.x + onScreen.w / 2).toBeCloseTo(960, 0);
    }
    expect(phaseFrame(layout, layout.columns.length)).toBeNull();
  });

  it('tucks an overlay into an empty corner of the board, never over its contents', () => {
    const { view } = sampleView(60);
    const layout = layoutBoard(view);
    const overlays = [TOOLBAR, ZOOM_AND_MINIMAP];
    const safe = fitInFreeArea(layout.bounds, onCanvas(overlays), 24);
    const fit = fitContents(layout.bounds, contentRects(layout), onCanvas(overlays), 24);
    expect(fit.zoom).toBeGreaterThanOrEqual(safe.zoom);
    expect(inside(toScreenRect(fit, layout.bounds), { x: 0, y: 0, w: CANVAS.w, h: CANVAS.h })).toBe(true);
    for (const part of contentRects(layout))
      for (const o of overlays) expect(intersects(toScreenRect(fit, part), o)).toBe(false);
    // No overlay: the plain fit.
    expect(fitContents(layout.bounds, contentRects(layout), onCanvas([]), 24).zoom).toBeCloseTo(
      fitCamera(layout.bounds, CANVAS.w, CANVAS.h, 24).zoom,
      5,
    );
  });
});
