import { memo } from 'react';
import { Layer, Shape } from 'react-konva';
import { type BoardLayout, phaseFrame } from './layout';

interface SpotlightLayerProps {
  readonly layout: BoardLayout;
  /** The presented phase; nothing is drawn (and the layer is hidden) when null. */
  readonly phaseId: string | null;
  readonly zoom: number;
}

const DIM = 'rgba(236,239,244,0.72)';
const OUTLINE = '#4f46e5';

/**
 * The presentation's highlight: everything but the presented phase's column (header, channels,
 * emotion segment) is veiled, and the column is outlined. One shape, drawn above the cards.
 */
export const SpotlightLayer = memo(function SpotlightLayer({ layout, phaseId, zoom }: SpotlightLayerProps) {
  const index = phaseId ? layout.columns.findIndex((c) => c.phase.id === phaseId) : -1;
  const frame = index >= 0 ? phaseFrame(layout, index, 4) : null;
  return (
    <Layer listening={false} visible={frame !== null}>
      {frame && (
        <Shape
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(konvaCtx) => {
            const ctx = konvaCtx._context;
            const b = layout.bounds;
            const pad = 100_000;
            // The veil: a huge rectangle with the frame cut out (even-odd).
            ctx.beginPath();
            ctx.rect(b.x - pad, b.y - pad, b.w + 2 * pad, b.h + 2 * pad);
            ctx.rect(frame.x, frame.y, frame.w, frame.h);
            ctx.fillStyle = DIM;
            ctx.fill('evenodd');
            ctx.strokeStyle = OUTLINE;
            ctx.lineWidth = 4 / zoom;
            ctx.strokeRect(frame.x, frame.y, frame.w, frame.h);
          }}
        />
      )}
    </Layer>
  );
});
