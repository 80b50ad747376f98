import { BOARD_COLORS } from '@parcours/journey';
import { useEffect, useRef } from 'react';
import { centerOn } from './camera';
import { cameraOf, useCameraStore } from './cameraStore';
import { cardFill } from './cardStyle';
import { type BoardLayout, CARD_H, CARD_W, containersOf } from './layout';

const WIDTH = 200;
const MAX_HEIGHT = 140;

/**
 * The whole board in a small box with the visible area outlined; click or drag in it to move
 * there. Plain 2D canvas: the board is drawn once per layout change, the viewport is a div.
 */
export function Minimap({ layout, label }: { layout: BoardLayout; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { x, y, zoom, width, height } = useCameraStore((s) => s);
  const { bounds } = layout;
  const scale = Math.min(WIDTH / bounds.w, MAX_HEIGHT / bounds.h);
  // As tall as the board's shape needs, so no empty band below a wide board.
  const HEIGHT = Math.max(40, Math.ceil(bounds.h * scale));

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.save();
    ctx.scale(scale, scale);
    ctx.fillStyle = BOARD_COLORS.phaseHeader;
    for (const c of layout.columns) ctx.fillRect(c.header.x, c.header.y, c.header.w, c.header.h);
    ctx.fillStyle = BOARD_COLORS.rowHeader;
    ctx.fillRect(layout.grid.x, layout.grid.y, layout.grid.w, layout.grid.h);
    ctx.fillStyle = '#f3f0ea';
    ctx.fillRect(layout.tray.rect.x, layout.tray.rect.y, layout.tray.rect.w, layout.tray.rect.h);
    for (const c of containersOf(layout)) {
      c.cards.forEach((card, i) => {
        ctx.fillStyle = cardFill(card);
        ctx.fillRect(
          c.inner.x + (i % c.cols) * (CARD_W + 12),
          c.inner.y + Math.floor(i / c.cols) * (CARD_H + 12),
          CARD_W,
          CARD_H,
        );
      });
    }
    ctx.restore();
  }, [layout, scale, HEIGHT]);

  const moveTo = (e: React.PointerEvent) => {
    const r = e.currentTarget.getBoundingClientRect();
    const board = { x: (e.clientX - r.left) / scale, y: (e.clientY - r.top) / scale };
    const c = useCameraStore.getState();
    c.setCamera(centerOn(cameraOf(c), board, c.width, c.height));
  };
  const view = {
    left: (-x / zoom) * scale,
    top: (-y / zoom) * scale,
    width: (width / zoom) * scale,
    height: (height / zoom) * scale,
  };
  return (
    <nav
      aria-label={label}
      title={label}
      data-testid="canvas-minimap"
      onPointerDown={(e) => {
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
      }}
      onWheel={(e) => e.stopPropagation()}
      style={{
        position: 'relative',
        width: WIDTH,
        height: HEIGHT,
        overflow: 'hidden',
        background: 'rgba(255,255,255,0.94)',
        borderRadius: 8,
        boxShadow: '0 1px 4px rgba(0,0,0,0.18)',
        cursor: 'pointer',
        touchAction: 'none',
      }}
    >
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} style={{ display: 'block' }} />
      <div
        style={{
          position: 'absolute',
          pointerEvents: 'none',
          border: '2px solid #2563eb',
          background: 'rgba(37,99,235,0.08)',
          borderRadius: 2,
          ...view,
        }}
      />
    </nav>
  );
}
