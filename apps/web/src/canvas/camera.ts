import { clamp, type Point, type Rect } from './geometry';

/**
 * The view transform: a board point p shows at screen point p * zoom + (x, y), screen being the
 * canvas element's own CSS pixels. Pure functions, so zoom and fit math is tested without a browser.
 */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
/** Below this zoom, card text is unreadable anyway: cards are drawn as plain coloured rectangles. */
export const TEXT_MIN_ZOOM = 0.35;
/** The zoom steps of the +/- keys and buttons. */
export const ZOOM_STEPS = [0.05, 0.1, 0.17, 0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

export function toBoard(camera: Camera, screen: Point): Point {
  return { x: (screen.x - camera.x) / camera.zoom, y: (screen.y - camera.y) / camera.zoom };
}

export function toScreen(camera: Camera, board: Point): Point {
  return { x: board.x * camera.zoom + camera.x, y: board.y * camera.zoom + camera.y };
}

export function toScreenRect(camera: Camera, r: Rect): Rect {
  return {
    x: r.x * camera.zoom + camera.x,
    y: r.y * camera.zoom + camera.y,
    w: r.w * camera.zoom,
    h: r.h * camera.zoom,
  };
}

/** The board rectangle visible in a canvas of the given size. */
export function viewportOf(camera: Camera, width: number, height: number): Rect {
  return { x: -camera.x / camera.zoom, y: -camera.y / camera.zoom, w: width / camera.zoom, h: height / camera.zoom };
}

/** Zooms to `zoom` keeping the board point under `screen` where it is (zoom toward the pointer). */
export function zoomAt(camera: Camera, screen: Point, zoom: number): Camera {
  const next = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
  const anchor = toBoard(camera, screen);
  return { x: screen.x - anchor.x * next, y: screen.y - anchor.y * next, zoom: next };
}

/** The next zoom step in a direction (+1 in, -1 out) from the current zoom. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > zoom * 1.001) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom / 1.001) ?? MIN_ZOOM;
}

/** A camera showing all of `bounds` centred with a margin, never zoomed in past `maxZoom`. */
export function fitCamera(bounds: Rect, width: number, height: number, margin = 40, maxZoom = 1): Camera {
  const zoom = clamp(
    Math.min((width - 2 * margin) / Math.max(bounds.w, 1), (height - 2 * margin) / Math.max(bounds.h, 1)),
    MIN_ZOOM,
    maxZoom,
  );
  return {
    x: (width - bounds.w * zoom) / 2 - bounds.x * zoom,
    y: (height - bounds.h * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/**
 * The first view of a board: the fit when cards show their text at its zoom (`readableAt`, see
 * readability.ts), otherwise the top-left corner at the smallest readable zoom, so a huge board
 * opens on a working view rather than on confetti.
 */
export function initialCamera(
  fit: Camera,
  bounds: Rect,
  margin = 40,
  readableAt: (zoom: number) => boolean = (zoom) => zoom >= TEXT_MIN_ZOOM,
): Camera {
  if (readableAt(fit.zoom)) return fit;
  const zoom = TEXT_MIN_ZOOM + 0.05;
  return { x: margin - bounds.x * zoom, y: margin - bounds.y * zoom, zoom };
}

/** Moves the camera so that the board point `center` is in the middle of the canvas. */
export function centerOn(camera: Camera, center: Point, width: number, height: number): Camera {
  return { x: width / 2 - center.x * camera.zoom, y: height / 2 - center.y * camera.zoom, zoom: camera.zoom };
}
