import { type Camera, MAX_ZOOM, MIN_ZOOM, toBoard } from './camera';
import { clamp, type Point } from './geometry';

/** A two-finger gesture as it started: the camera and both touch points (canvas pixels). */
export interface PinchStart {
  readonly camera: Camera;
  readonly a: Point;
  readonly b: Point;
}

const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The camera for two fingers now at `a` and `b`: zoom follows the distance between them, and the
 * board point that was under their midpoint stays under it (pinch and two-finger pan at once).
 */
export function pinchCamera(start: PinchStart, a: Point, b: Point): Camera {
  const d0 = Math.max(1, Math.hypot(start.a.x - start.b.x, start.a.y - start.b.y));
  const d1 = Math.hypot(a.x - b.x, a.y - b.y);
  const zoom = clamp(start.camera.zoom * (d1 / d0), MIN_ZOOM, MAX_ZOOM);
  const anchor = toBoard(start.camera, mid(start.a, start.b));
  const m = mid(a, b);
  return { x: m.x - anchor.x * zoom, y: m.y - anchor.y * zoom, zoom };
}
