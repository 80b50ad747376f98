import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../common/LoadFailed';
import { onDemand, useOnDemand } from '../common/onDemand';

/** The canvas (Konva) is its own chunk; BoardPage starts fetching it while the board syncs. */
export const canvasModule = onDemand(() => import('../../canvas/BoardCanvas').then((m) => m.BoardCanvas));

/** Mounts the canvas as soon as both the board and the canvas chunk are there. */
export function CanvasSlot() {
  const { t } = useTranslation();
  const canvas = useOnDemand(canvasModule);
  return (
    <div className="canvas-slot" data-testid="canvas-slot">
      {canvas.status === 'ready' ? (
        <canvas.value />
      ) : canvas.status === 'failed' ? (
        <LoadFailed />
      ) : (
        <div className="canvas-placeholder">{t('board.loading')}</div>
      )}
    </div>
  );
}
