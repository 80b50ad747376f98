import type { Camera } from './camera';
import { fitContents } from './fit';
import type { Rect } from './geometry';
import { type BoardLayout, contentRects } from './layout';

/**
 * The floating controls drawn over the canvas, which a fit must keep the board clear of: the
 * canvas's own zoom controls and minimap (`data-canvas-ui`), the shell's toolbar, the presentation
 * bar, the facilitation status pills, and anything else marked `data-canvas-overlay`. They are measured when a fit is computed, so
 * their real size (language, screen width, hidden while presenting) is what counts.
 */
export const OVERLAY_SELECTOR = '[data-canvas-ui], [data-canvas-overlay], .toolbar, .fac-presentation, .fac-status';

let canvasElement: HTMLElement | null = null;

/** The board canvas registers its element (one canvas per page) so fits can measure overlays. */
export function registerCanvasElement(element: HTMLElement | null): void {
  canvasElement = element;
}

/** The overlays' rectangles in the canvas's own pixels (only those that meet the canvas). */
export function measureOverlays(element: HTMLElement | null = canvasElement): Rect[] {
  if (!element || typeof document === 'undefined') return [];
  const origin = element.getBoundingClientRect();
  const out: Rect[] = [];
  for (const node of document.querySelectorAll<HTMLElement>(OVERLAY_SELECTOR)) {
    const r = node.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(node).visibility === 'hidden') continue;
    const rect = { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    if (rect.x >= origin.width || rect.y >= origin.height || rect.x + rect.w <= 0 || rect.y + rect.h <= 0) continue;
    // A little air between the board and the control.
    out.push({ x: rect.x - 8, y: rect.y - 8, w: rect.w + 16, h: rect.h + 16 });
  }
  return out;
}

/** *Tout afficher*: the whole board, as large as fits in the canvas with its contents clear of the overlays. */
export function fitBoardCamera(
  layout: BoardLayout,
  width: number,
  height: number,
  overlays = measureOverlays(),
): Camera {
  return fitContents(layout.bounds, contentRects(layout), { width, height, overlays }, 24, 2);
}
