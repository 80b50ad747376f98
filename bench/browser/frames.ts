/**
 * In-page frame measurement, the same for both pages. A requestAnimationFrame loop drives one
 * input step per frame (a wheel event to pan or zoom, or a pointer move to drag) and records:
 * - the frame interval (rAF timestamps): fps = frames / time;
 * - the frame's busy time: from the start of our rAF callback, registered first in the frame
 *   (before the handlers' own rAF draws), to a MessageChannel task posted from it, which runs
 *   once the frame's callbacks, style, layout and paint are done.
 */
import type { Page } from 'playwright-core';

/** At most `frames` frames and at most `maxMs` of them (a slow page ends early; fps stays honest). */
export type Gesture = { readonly maxMs: number } & (
  | { readonly kind: 'pan'; readonly frames: number; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly frames: number; readonly dy: number }
  | {
      readonly kind: 'drag';
      readonly frames: number;
      readonly from: { x: number; y: number };
      readonly dx: number;
      readonly dy: number;
    }
);

export interface FrameStats {
  readonly fps: number;
  readonly intervalsMs: number[];
  readonly busyMs: number[];
}

export async function measureGesture(page: Page, gesture: Gesture): Promise<FrameStats> {
  return page.evaluate(async (g) => {
    const cx = window.innerWidth / 2;
    const cy = window.innerHeight / 2;
    const start = g.kind === 'drag' ? g.from : { x: cx, y: cy };
    const target = document.elementFromPoint(start.x, start.y) ?? document.body;
    const pointer = (type: string, x: number, y: number, buttons: number) => {
      const init = { clientX: x, clientY: y, bubbles: true, cancelable: true, buttons, button: 0 };
      target.dispatchEvent(new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
      const mouse = type.replace('pointer', 'mouse');
      (type === 'pointerdown' ? target : window).dispatchEvent(new MouseEvent(mouse, init));
    };
    const stamps: number[] = [];
    const busy: number[] = [];
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => busy.push(performance.now() - frameStart);
    if (g.kind === 'drag') pointer('pointerdown', start.x, start.y, 1);
    await new Promise<void>((done) => {
      let i = 0;
      const began = performance.now();
      const tick = (t: number) => {
        if (i >= g.frames || performance.now() - began > g.maxMs) return done();
        requestAnimationFrame(tick);
        frameStart = performance.now();
        stamps.push(t);
        const sign = i < g.frames / 2 ? 1 : -1;
        if (g.kind === 'pan') {
          target.dispatchEvent(
            new WheelEvent('wheel', {
              deltaX: sign * g.dx,
              deltaY: sign * g.dy,
              clientX: cx,
              clientY: cy,
              bubbles: true,
              cancelable: true,
            }),
          );
        } else if (g.kind === 'zoom') {
          target.dispatchEvent(
            new WheelEvent('wheel', {
              deltaY: sign * g.dy,
              ctrlKey: true,
              clientX: cx,
              clientY: cy,
              bubbles: true,
              cancelable: true,
            }),
          );
        } else {
          const k = i < g.frames / 2 ? i + 1 : g.frames - i;
          pointer('pointermove', start.x + k * g.dx, start.y + k * g.dy, 1);
        }
        channel.port2.postMessage(0);
        i++;
      };
      requestAnimationFrame(tick);
    });
    if (g.kind === 'drag') pointer('pointerup', start.x, start.y, 0);
    // Let the last busy measurement land.
    await new Promise((r) => setTimeout(r, 50));
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
    const total = stamps[stamps.length - 1]! - stamps[0]!;
    return { fps: ((stamps.length - 1) * 1000) / total, intervalsMs: intervals, busyMs: busy.slice(1) };
  }, gesture);
}
