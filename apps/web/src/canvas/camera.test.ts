import { describe, expect, it } from 'vitest';
import { fitCamera, initialCamera, stepZoom, TEXT_MIN_ZOOM, toBoard, toScreen, viewportOf, zoomAt } from './camera';

describe('camera', () => {
  it('maps board to screen and back', () => {
    const camera = { x: 120, y: -40, zoom: 0.5 };
    const p = { x: 300, y: 700 };
    expect(toScreen(camera, p)).toEqual({ x: 270, y: 310 });
    expect(toBoard(camera, toScreen(camera, p))).toEqual(p);
    expect(viewportOf(camera, 1000, 500)).toEqual({ x: -240, y: 80, w: 2000, h: 1000 });
  });

  it('zooms toward the pointer: the board point under it does not move', () => {
    const camera = { x: 10, y: 20, zoom: 1 };
    const pointer = { x: 400, y: 300 };
    const before = toBoard(camera, pointer);
    const after = zoomAt(camera, pointer, 2.5);
    expect(after.zoom).toBe(2.5);
    const moved = toBoard(after, pointer);
    expect(moved.x).toBeCloseTo(before.x);
    expect(moved.y).toBeCloseTo(before.y);
    expect(zoomAt(camera, pointer, 1000).zoom).toBe(4);
  });

  it('steps through zoom levels in both directions', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.8, -1)).toBe(0.75);
    expect(stepZoom(4, 1)).toBe(4);
  });

  it('fits a rectangle centred in the canvas, and opens huge boards at a readable zoom', () => {
    const bounds = { x: 0, y: 0, w: 2000, h: 1000 };
    const fit = fitCamera(bounds, 1040, 1000, 20);
    expect(fit.zoom).toBe(0.5);
    const v = viewportOf(fit, 1040, 1000);
    expect(v.x + v.w / 2).toBeCloseTo(1000);
    expect(v.y + v.h / 2).toBeCloseTo(500);
    const hugeBounds = { x: 0, y: 0, w: 40_000, h: 30_000 };
    const huge = initialCamera(fitCamera(hugeBounds, 1280, 800), hugeBounds);
    expect(huge.zoom).toBeGreaterThan(TEXT_MIN_ZOOM);
    expect(toScreen(huge, { x: 0, y: 0 })).toEqual({ x: 40, y: 40 });
  });

  it('opens on the fit when cards show their text there, else on a readable corner', () => {
    const bounds = { x: 0, y: 0, w: 3200, h: 1800 };
    const fit = fitCamera(bounds, 1280, 668, 16);
    expect(initialCamera(fit, bounds, 16, (z) => z >= 0.3)).toEqual(fit);
    const corner = initialCamera(fit, bounds, 16, (z) => z >= 0.4);
    expect(corner.zoom).toBeGreaterThan(TEXT_MIN_ZOOM);
    expect(toScreen(corner, { x: 0, y: 0 })).toEqual({ x: 16, y: 16 });
  });
});
