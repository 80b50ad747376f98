import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fitCamera } from '../../canvas/camera';
import { useCameraStore } from '../../canvas/cameraStore';
import { layoutBoard } from '../../canvas/layout';
import { useBoardStore } from '../../store/boardStore';
import { useFacilitationStore } from './facilitationStore';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Facilitator: enters presentation mode (full screen, one phase at a time; participants follow). */
export function startPresentation(): void {
  useFacilitationStore.getState().set({ presenting: true, phaseIndex: 0, panelOpen: false });
  // Full screen needs the click's user activation: asked for here, not in an effect.
  document.documentElement.requestFullscreen?.().catch(() => {});
}

export function stopPresentation(): void {
  useFacilitationStore.getState().set({ presenting: false });
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/**
 * While presenting: the camera fits one phase column at a time (with the persona, headers and the
 * emotion lane above and below it); arrow keys, Page Up/Down and Space step, Escape ends. Keys are
 * taken before the canvas sees them, so they do not move cards meanwhile.
 */
export function PresentationBar() {
  const { t } = useTranslation();
  const presenting = useFacilitationStore((s) => s.presenting);
  const phaseIndex = useFacilitationStore((s) => s.phaseIndex);
  const view = useBoardStore((s) => s.view);
  const width = useCameraStore((s) => s.width);
  const height = useCameraStore((s) => s.height);
  const phases = view?.phases.length ?? 0;
  const index = Math.min(phaseIndex, Math.max(0, phases - 1));

  useEffect(() => {
    if (!presenting || !view || width === 0) return;
    const layout = layoutBoard(view);
    const column = layout.columns[index];
    if (!column) return;
    const rect = { x: column.x - 24, y: layout.bounds.y, w: column.w + 48, h: layout.bounds.h };
    useCameraStore.getState().setCamera(fitCamera(rect, width, height, 24, 2));
  }, [presenting, view, index, width, height]);

  useEffect(() => {
    if (!presenting) return;
    const step = (delta: number) => {
      const { phaseIndex: current } = useFacilitationStore.getState();
      const next = Math.max(0, Math.min(phases - 1, current + delta));
      useFacilitationStore.getState().set({ phaseIndex: next });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (NEXT_KEYS.has(e.key)) step(1);
      else if (PREVIOUS_KEYS.has(e.key)) step(-1);
      else if (e.key === 'Escape') stopPresentation();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) useFacilitationStore.getState().set({ presenting: false });
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, phases]);

  if (!presenting || !view) return null;
  const phase = view.phases[index];
  const go = (i: number) => useFacilitationStore.getState().set({ phaseIndex: i });
  return (
    <div
      className="fac-presentation"
      role="toolbar"
      aria-label={t('facilitation.present.title')}
      data-testid="presentation"
    >
      <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
        ◀ {t('facilitation.present.previous')}
      </button>
      <span className="fac-presentation-title">
        {t('facilitation.present.step', { n: index + 1, total: phases })} · <strong>{phase?.name}</strong>
      </span>
      <button type="button" className="button" disabled={index >= phases - 1} onClick={() => go(index + 1)}>
        {t('facilitation.present.next')} ▶
      </button>
      <button type="button" className="button ghost" onClick={stopPresentation}>
        {t('facilitation.present.stop')}
      </button>
    </div>
  );
}
