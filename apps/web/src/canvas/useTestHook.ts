import { type RefObject, useEffect } from 'react';
import { useBoardStore } from '../store/boardStore';
import { lastCardsDraw } from './CardsLayer';
import { centerOn, toScreenRect } from './camera';
import { cameraOf, useCameraStore } from './cameraStore';
import type { Rect } from './geometry';
import { useInteractionStore } from './interactionStore';
import { type BoardLayout, cardRectAt, containersOf, contentRects, layoutBoard, phaseFrame } from './layout';
import { labelFonts, labelZoom } from './readability';

/** What e2e tests can ask the canvas about. */
export type CanvasTarget =
  | { readonly cardId: string }
  | { readonly phaseId: string; readonly channelId: string }
  | { readonly phaseId: string }
  /** The phase's column from its header to the bottom of the emotion lane (what presenting frames). */
  | { readonly phaseColumn: string }
  | { readonly channelId: string }
  | { readonly emotion: true }
  | { readonly bounds: true }
  /** One of the parts that hold something (layout.contentRects: 0 grid, 1 tray, 2 emotion lane). */
  | { readonly content: number }
  | { readonly tray: true }
  | { readonly addPhase: true }
  | { readonly addChannel: true };

export interface ParcoursCanvasHook {
  /** The target's rectangle in viewport CSS pixels (what Playwright's page.mouse uses), or null. */
  rectOf(target: CanvasTarget): { x: number; y: number; width: number; height: number } | null;
  /** Pans (keeping the zoom) so the target is in the middle of the canvas. */
  reveal(target: CanvasTarget): boolean;
  camera(): { x: number; y: number; zoom: number };
  /** On-screen text sizes (CSS px) of what the canvas draws now, and the highlighted phase. */
  readability(): CanvasReadability;
}

export interface CanvasReadability {
  readonly zoom: number;
  /** Cards drawn in the last frame (bitmaps or rectangles). */
  readonly cardsDrawn: number;
  /** Card text size on screen; null when cards are drawn without text (or still pending). */
  readonly cardTextPx: number | null;
  readonly emotionLabelPx: number;
  readonly phaseNamePx: number;
  readonly spotlight: string | null;
}

declare global {
  interface Window {
    __parcoursCanvas?: ParcoursCanvasHook;
  }
}

export function boardRectOf(layout: BoardLayout, t: CanvasTarget): Rect | null {
  if ('cardId' in t) {
    for (const c of containersOf(layout)) {
      const index = c.cards.findIndex((k) => k.id === t.cardId);
      if (index >= 0) return cardRectAt(c, index);
    }
    return null;
  }
  if ('tray' in t) return layout.tray.rect;
  if ('emotion' in t) return layout.emotion;
  if ('bounds' in t) return layout.bounds;
  if ('content' in t) return contentRects(layout)[t.content] ?? null;
  if ('phaseColumn' in t)
    return phaseFrame(
      layout,
      layout.columns.findIndex((c) => c.phase.id === t.phaseColumn),
      0,
    );
  if ('addPhase' in t) return layout.addPhase;
  if ('addChannel' in t) return layout.addChannel;
  if ('phaseId' in t && 'channelId' in t)
    return layout.cells.find((c) => c.cell?.phaseId === t.phaseId && c.cell.channelId === t.channelId)?.rect ?? null;
  if ('phaseId' in t) return layout.columns.find((c) => c.phase.id === t.phaseId)?.header ?? null;
  return layout.rows.find((r) => r.channel.id === t.channelId)?.header ?? null;
}

/**
 * Exposes `window.__parcoursCanvas` (read-only queries, and a camera move) so Playwright tests can
 * drive real mouse events at the right place, in the build made for the browser tests only
 * (`vite build --mode e2e`): the production bundle has none of it.
 */
export function useTestHook(container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => (__PARCOURS_TEST_HOOKS__ ? installCanvasHook(container) : undefined), [container]);
}

/** Installs the hook; returns its removal. It reads the stores at call time, so answers follow the live camera. */
function installCanvasHook(container: RefObject<HTMLDivElement | null>): () => void {
  const layoutNow = () => {
    const view = useBoardStore.getState().view;
    return view ? layoutBoard(view) : null;
  };
  const hook: ParcoursCanvasHook = {
    rectOf(target) {
      const layout = layoutNow();
      const el = container.current;
      const board = layout && boardRectOf(layout, target);
      if (!board || !el) return null;
      const origin = el.getBoundingClientRect();
      const r = toScreenRect(cameraOf(useCameraStore.getState()), board);
      return { x: origin.left + r.x, y: origin.top + r.y, width: r.w, height: r.h };
    },
    reveal(target) {
      const layout = layoutNow();
      const board = layout && boardRectOf(layout, target);
      if (!board) return false;
      const c = useCameraStore.getState();
      c.setCamera(centerOn(cameraOf(c), { x: board.x + board.w / 2, y: board.y + board.h / 2 }, c.width, c.height));
      return true;
    },
    camera: () => cameraOf(useCameraStore.getState()),
    readability() {
      const zoom = useCameraStore.getState().zoom;
      const { spotlight, bigText } = useInteractionStore.getState();
      const fonts = labelFonts(labelZoom(zoom, spotlight !== null || bigText));
      return {
        zoom,
        cardsDrawn: lastCardsDraw.cards,
        cardTextPx: lastCardsDraw.font === null ? null : lastCardsDraw.font * zoom,
        emotionLabelPx: fonts.emotionValue * zoom,
        phaseNamePx: fonts.phase * zoom,
        spotlight,
      };
    },
  };
  Object.defineProperty(window, '__parcoursCanvas', {
    value: Object.freeze(hook),
    configurable: true,
    writable: false,
  });
  return () => {
    delete window.__parcoursCanvas;
  };
}
