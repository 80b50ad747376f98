import { create } from 'zustand';
import type { Camera } from './camera';

/**
 * Canvas-only view state: the camera and the canvas size. Kept out of the board store so that a
 * pan or zoom re-renders only what depends on the camera.
 */
export interface CameraState extends Camera {
  readonly width: number;
  readonly height: number;
  /** False until the first camera is chosen for the current journey (fit or a readable corner). */
  readonly placed: boolean;
  setCamera(camera: Camera): void;
  panBy(dx: number, dy: number): void;
  setSize(width: number, height: number): void;
  reset(): void;
}

export const useCameraStore = create<CameraState>()((set) => ({
  x: 0,
  y: 0,
  zoom: 1,
  width: 0,
  height: 0,
  placed: false,
  setCamera: ({ x, y, zoom }) => set({ x, y, zoom, placed: true }),
  panBy: (dx, dy) => set((s) => ({ x: s.x + dx, y: s.y + dy })),
  setSize: (width, height) => set({ width, height }),
  reset: () => set({ placed: false }),
}));

export function cameraOf(state: Camera): Camera {
  return { x: state.x, y: state.y, zoom: state.zoom };
}
