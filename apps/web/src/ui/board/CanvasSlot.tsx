import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mounts the canvas (src/canvas/BoardCanvas.tsx, built by the canvas engineer). Found by glob so the
 * shell builds and runs before the canvas lands: until then a placeholder shows.
 */
const modules = import.meta.glob<{ BoardCanvas: ComponentType }>('../../canvas/BoardCanvas.tsx');
const load = Object.values(modules)[0];
const BoardCanvas = load ? lazy(() => load().then((m) => ({ default: m.BoardCanvas }))) : null;

export function CanvasSlot() {
  const { t } = useTranslation();
  return (
    <div className="canvas-slot" data-testid="canvas-slot">
      {BoardCanvas ? (
        <Suspense fallback={<div className="canvas-placeholder">{t('board.loading')}</div>}>
          <BoardCanvas />
        </Suspense>
      ) : (
        <div className="canvas-placeholder">{t('board.canvasPending')}</div>
      )}
    </div>
  );
}
