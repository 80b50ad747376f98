import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraStore } from '../../canvas/cameraStore';
import { presentationCamera } from '../../canvas/fit';
import { useInteractionStore } from '../../canvas/interactionStore';
import { layoutBoard, phaseFrame } from '../../canvas/layout';
import { measureOverlays } from '../../canvas/overlays';
import { useBoardStore } from '../../store/boardStore';
import { PresentationCommentsToggle } from '../comments/PresentationCommentsToggle';
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
 * While presenting: the camera frames one phase at a time (its header, every channel and its part
 * of the emotion curve) as large as the screen allows, clear of the presentation bar, and the other
 * phases are veiled (the canvas's spotlight); the editing toolbar and the zoom controls step aside
 * (facilitation.css). Arrow keys, Page Up/Down and Space step, Escape ends. Keys are taken before the
 * canvas sees them, so they do not move cards meanwhile. Participants follow (useFollow.ts).
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
    if (!presenting) return;
    // Hides the toolbar and the zoom controls while presenting (see facilitation.css).
    document.documentElement.dataset.presenting = '';
    return () => {
      delete document.documentElement.dataset.presenting;
      useInteractionStore.getState().set({ spotlight: null });
    };
  }, [presenting]);

  useEffect(() => {
    if (!presenting || !view || width === 0) return;
    const layout = layoutBoard(view);
    const frame = phaseFrame(layout, index);
    if (!frame) return;
    useInteractionStore.getState().set({ spotlight: layout.columns[index]!.phase.id });
    useCameraStore.getState().setCamera(presentationCamera(frame, width, height, measureOverlays()));
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
      <PresentationCommentsToggle />
      <button type="button" className="button ghost" onClick={stopPresentation}>
        {t('facilitation.present.stop')}
      </button>
    </div>
  );
}
