import type { CSSProperties } from 'react';
import { useBoardStore } from '../store/boardStore';
import { useCameraStore } from './cameraStore';
import { layoutBoard } from './layout';
import { zoomStep, zoomToActual, zoomToFit } from './useCanvasKeys';
import { useCanvasStrings } from './useCanvasStrings';

const button: CSSProperties = {
  minWidth: 32,
  height: 32,
  border: 'none',
  background: 'transparent',
  borderRadius: 6,
  cursor: 'pointer',
  font: '600 14px system-ui, sans-serif',
  color: '#1f2937',
};

/** − / zoom % / + / fit. The shell may place it anywhere; BoardCanvas shows one bottom-right. */
export function ZoomControls({ style }: { style?: CSSProperties }) {
  const zoom = useCameraStore((s) => s.zoom);
  const strings = useCanvasStrings();
  const fit = () => {
    const view = useBoardStore.getState().view;
    if (view) zoomToFit(layoutBoard(view));
  };
  return (
    <div
      role="toolbar"
      aria-label="Zoom"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        padding: 3,
        background: '#fff',
        borderRadius: 8,
        boxShadow: '0 1px 4px rgba(0,0,0,0.18)',
        ...style,
      }}
    >
      <button
        type="button"
        style={button}
        title={strings('zoomOut')}
        aria-label={strings('zoomOut')}
        onClick={() => zoomStep(-1)}
      >
        −
      </button>
      <button
        type="button"
        style={{ ...button, minWidth: 54 }}
        title={strings('zoomReset')}
        onClick={zoomToActual}
        data-testid="zoom-level"
      >
        {Math.round(zoom * 100)} %
      </button>
      <button
        type="button"
        style={button}
        title={strings('zoomIn')}
        aria-label={strings('zoomIn')}
        onClick={() => zoomStep(1)}
      >
        +
      </button>
      <button type="button" style={button} title={strings('zoomFit')} aria-label={strings('zoomFit')} onClick={fit}>
        ⤢
      </button>
    </div>
  );
}
