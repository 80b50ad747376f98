import { observeSnapshot } from '@parcours/journey';
import Konva from 'konva';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../../i18n';
import { addBoardStrings } from '../../i18n/boardStrings';
import { type Peer, useBoardStore } from '../../store/boardStore';
import { BoardCanvas } from '../BoardCanvas';
import { useCameraStore } from '../cameraStore';
import { createSampleBoard } from './sampleBoard';

/**
 * A development page (e2e/canvas-demo.html) that shows the canvas on an in-memory sample board,
 * without server or shell: ?cards=2000&unplaced=5&role=view&peers=1. Used for screenshots and
 * frame-time measurements; records `window.__canvasDemo.firstPaintMs`.
 */

declare global {
  interface Window {
    __canvasDemo?: {
      buildMs: number;
      snapshotMs?: number;
      firstPaintMs?: number;
      cards: number;
      state?: () => unknown;
    };
  }
}

const params = new URLSearchParams(location.search);
const cards = Number(params.get('cards') ?? 50);
const t0 = performance.now();
const board = createSampleBoard(cards, { unplaced: Number(params.get('unplaced') ?? 3) });
const demo: NonNullable<Window['__canvasDemo']> = {
  buildMs: performance.now() - t0,
  cards,
  // For the interaction script: what the board and the selection are now.
  state: () => {
    const { snapshot, selection, editingCardId } = useBoardStore.getState();
    return { snapshot, selection: [...selection], editingCardId };
  },
};
window.__canvasDemo = demo;
// For profiling from the measuring script (layer draw times).
(window as unknown as { Konva: typeof Konva }).Konva = Konva;

const start = performance.now();
useBoardStore.getState().patch({ doc: board.doc, role: params.get('role') === 'view' ? 'view' : 'edit' });
observeSnapshot(board.doc, (snapshot) => useBoardStore.getState().setSnapshot(snapshot));
demo.snapshotMs = performance.now() - start;
if (params.get('peers')) {
  const ids = Object.keys(useBoardStore.getState().snapshot?.cards ?? {});
  const peers: Peer[] = [
    {
      clientId: 2,
      user: { id: 'a', name: 'Léa', color: '#d6336c' },
      cursor: { x: 700, y: 420 },
      selection: ids.slice(0, 2),
    },
    { clientId: 3, user: { id: 'b', name: 'Marc', color: '#0ca678' }, cursor: { x: 1150, y: 300 }, selection: [] },
  ];
  useBoardStore.getState().patch({ peers });
}

function FirstPaint() {
  useEffect(() => {
    // Wait for the frame after the stage exists with its first camera: that frame shows the board.
    const poll = () => {
      const drawn = useCameraStore.getState().placed && document.querySelector('.konvajs-content canvas');
      if (!drawn) return void requestAnimationFrame(poll);
      requestAnimationFrame(() => {
        demo.firstPaintMs = performance.now() - start;
      });
    };
    requestAnimationFrame(poll);
  }, []);
  return null;
}

// The canvas's words come from the app's i18n, as on a board page.
void setupI18n().then(() => {
  addBoardStrings();
  createRoot(document.getElementById('root')!).render(
    <>
      <BoardCanvas />
      <FirstPaint />
    </>,
  );
});
