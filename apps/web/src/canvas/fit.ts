import { type Camera, fitCamera } from './camera';
import { intersects, type Rect } from './geometry';

/**
 * Fits that keep the board clear of the floating controls over the canvas (toolbar, zoom controls,
 * minimap, presentation bar: rectangles in canvas pixels, see overlays.ts). Pure math.
 */

/** The canvas a fit is for: its size in pixels and the floating overlays over it (rectangles in canvas pixels). */
export interface FitCanvas {
  readonly width: number;
  readonly height: number;
  readonly overlays: readonly Rect[];
}

/**
 * Like fitCamera, but inside the part of the canvas that no floating overlay covers (toolbar, zoom
 * controls, minimap, presentation bar: rectangles in canvas pixels). Each overlay is avoided by
 * keeping the board on one of its four sides (above a bottom toolbar, left of a corner minimap...);
 * of all these free rectangles, the one giving the largest zoom wins.
 */
export function fitInFreeArea(bounds: Rect, canvas: FitCanvas, margin = 40, maxZoom = 1): Camera {
  const free = freeArea(bounds, canvas, margin);
  const fit = fitCamera(bounds, free.w, free.h, margin, maxZoom);
  return { x: fit.x + free.x, y: fit.y + free.y, zoom: fit.zoom };
}

/** The overlay-free rectangle of the canvas where `bounds` fits the largest (see fitInFreeArea). */
export function freeArea(bounds: Rect, { width, height, overlays }: FitCanvas, margin = 40): Rect {
  const inCanvas = overlays.filter(
    (o) => o.w > 0 && o.h > 0 && o.x < width && o.y < height && o.x + o.w > 0 && o.y + o.h > 0,
  );
  let best: Rect = { x: 0, y: 0, w: width, h: height };
  let bestZoom = -1;
  const visit = (i: number, area: Rect) => {
    if (area.w <= 2 * margin || area.h <= 2 * margin) return;
    if (i === inCanvas.length) {
      const zoom = Math.min(
        (area.w - 2 * margin) / Math.max(bounds.w, 1),
        (area.h - 2 * margin) / Math.max(bounds.h, 1),
      );
      if (zoom > bestZoom + 1e-9) [best, bestZoom] = [area, zoom];
      return;
    }
    const o = inCanvas[i]!;
    // Already clear of this overlay: nothing to give up for it.
    if (o.x >= area.x + area.w || o.x + o.w <= area.x || o.y >= area.y + area.h || o.y + o.h <= area.y) {
      visit(i + 1, area);
      return;
    }
    const right = area.x + area.w;
    const bottom = area.y + area.h;
    visit(i + 1, { x: area.x, y: area.y, w: area.w, h: o.y - area.y }); // above it
    visit(i + 1, { x: area.x, y: o.y + o.h, w: area.w, h: bottom - (o.y + o.h) }); // below it
    visit(i + 1, { x: area.x, y: area.y, w: o.x - area.x, h: area.h }); // left of it
    visit(i + 1, { x: o.x + o.w, y: area.y, w: right - (o.x + o.w), h: area.h }); // right of it
  };
  visit(0, { x: 0, y: 0, w: width, h: height });
  return best;
}

/**
 * *Tout afficher*: all of `bounds` on the canvas, as large as possible, with none of the board's
 * `contents` (the parts that hold something: grid, tray, emotion lane) under an overlay; empty
 * corners of the bounding box may go under one (a minimap beside the emotion lane, under the tray).
 * The zoom is searched between the free-area fit (always clear) and the plain fit; at each zoom the
 * position closest to the centre among a grid of candidates wins.
 */
export function fitContents(
  bounds: Rect,
  contents: readonly Rect[],
  canvas: FitCanvas,
  margin = 40,
  maxZoom = 1,
): Camera {
  const safe = fitInFreeArea(bounds, canvas, margin, maxZoom);
  const plain = fitCamera(bounds, canvas.width, canvas.height, margin, maxZoom);
  let best = safe;
  let [lo, hi] = [safe.zoom, plain.zoom];
  for (let i = 0; i < 16 && hi - lo > 1e-4; i++) {
    const zoom = (lo + hi) / 2;
    const placed = placeAt(zoom, bounds, contents, canvas, margin);
    if (placed) [best, lo] = [placed, zoom];
    else hi = zoom;
  }
  // The plain fit itself may be clear.
  return placeAt(plain.zoom, bounds, contents, canvas, margin) ?? best;
}

const STEPS = 24;

function placeAt(
  zoom: number,
  bounds: Rect,
  contents: readonly Rect[],
  { width, height, overlays }: FitCanvas,
  margin: number,
): Camera | null {
  const xMin = margin - bounds.x * zoom;
  const xMax = width - margin - (bounds.x + bounds.w) * zoom;
  const yMin = margin - bounds.y * zoom;
  const yMax = height - margin - (bounds.y + bounds.h) * zoom;
  if (xMax < xMin - 1e-9 || yMax < yMin - 1e-9) return null;
  const [cx, cy] = [(xMin + xMax) / 2, (yMin + yMax) / 2];
  let best: Camera | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= STEPS; i++) {
    for (let j = 0; j <= STEPS; j++) {
      const x = xMin + ((xMax - xMin) * i) / STEPS;
      const y = yMin + ((yMax - yMin) * j) / STEPS;
      const distance = (x - cx) ** 2 + (y - cy) ** 2;
      if (distance >= bestDistance) continue;
      const clear = contents.every((c) => {
        const r = { x: c.x * zoom + x, y: c.y * zoom + y, w: c.w * zoom, h: c.h * zoom };
        return overlays.every((o) => !intersects(r, o));
      });
      if (clear) [best, bestDistance] = [{ x, y, zoom }, distance];
    }
  }
  return best;
}

/**
 * The presentation's camera: the phase frame (layout.phaseFrame) as large as the canvas allows,
 * centred across it: overlays count as full-width bands (the frame goes above or below them, not
 * beside), so the phase stays in the middle of the screen from one phase to the next. Unless that
 * costs much of the size (a tall minimap on a small follower's screen): then beside them.
 */
export function presentationCamera(frame: Rect, width: number, height: number, overlays: readonly Rect[] = []): Camera {
  const bands = overlays.map((o) => ({ x: 0, y: o.y, w: width, h: o.h }));
  const centred = fitInFreeArea(frame, { width, height, overlays: bands }, 16, 2);
  const beside = fitInFreeArea(frame, { width, height, overlays }, 16, 2);
  return centred.zoom >= 0.75 * beside.zoom ? centred : beside;
}
