import { describe, expect, it } from 'vitest';
import { toBoard } from './camera';
import { pinchCamera } from './pinch';

describe('pinchCamera', () => {
  const start = { camera: { x: 50, y: 20, zoom: 1 }, a: { x: 100, y: 100 }, b: { x: 300, y: 100 } };

  it('zooms by the change of finger distance around their midpoint', () => {
    const camera = pinchCamera(start, { x: 0, y: 100 }, { x: 400, y: 100 });
    expect(camera.zoom).toBe(2);
    const under = toBoard(camera, { x: 200, y: 100 });
    expect(under).toEqual(toBoard(start.camera, { x: 200, y: 100 }));
  });

  it('pans when both fingers move together', () => {
    const camera = pinchCamera(start, { x: 130, y: 60 }, { x: 330, y: 60 });
    expect(camera).toEqual({ x: 80, y: -20, zoom: 1 });
  });
});
