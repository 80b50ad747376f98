import type { FacilitatorPresence } from '@parcours/journey';
import { useEffect } from 'react';
import { type Camera, toBoard } from '../../canvas/camera';
import { useCameraStore } from '../../canvas/cameraStore';
import { presentationCamera } from '../../canvas/fit';
import { useInteractionStore } from '../../canvas/interactionStore';
import { layoutBoard, phaseFrame } from '../../canvas/layout';
import { measureOverlays } from '../../canvas/overlays';
import { useBoardStore } from '../../store/boardStore';
import { useFacilitationStore } from './facilitationStore';
import { useAwareness, useLeader } from './useLeader';

/**
 * Follow me / summon, through awareness (never the doc): the facilitator publishes the centre of its
 * view (board coordinates), its zoom and its journey; participants' cameras follow until they pan or
 * zoom themselves, then a "Rejoin" button brings them back. The server relays `presenting` only from
 * a facilitator connection, so a participant cannot lead the others.
 */

/** At most ~10 viewport messages a second: smooth enough, well under the relay's awareness rate. */
const PUBLISH_INTERVAL_MS = 100;

/** The phase the facilitator presents, if presenting. */
function presentedPhase(): string | null {
  const { presenting, phaseIndex } = useFacilitationStore.getState();
  const phases = useBoardStore.getState().view?.phases ?? [];
  return presenting ? (phases[Math.min(phaseIndex, phases.length - 1)]?.id ?? null) : null;
}

/** Facilitator: publishes the viewport (and the presented phase) while leading or presenting. */
export function useLeadPresence(): void {
  const awareness = useAwareness();
  const isFacilitator = useBoardStore((s) => s.role === 'facilitator');
  const leading = useFacilitationStore((s) => s.leading || s.presenting);
  useEffect(() => {
    if (!awareness || !isFacilitator) return;
    awareness.setLocalStateField('role', 'facilitator');
    if (!leading) {
      awareness.setLocalStateField('presenting', null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const publish = () => {
      timer = null;
      last = Date.now();
      const camera = useCameraStore.getState();
      const journeyId = useBoardStore.getState().journeyId;
      if (!journeyId || camera.width === 0) return;
      const center = toBoard(camera, { x: camera.width / 2, y: camera.height / 2 });
      const phaseId = presentedPhase();
      const presenting: FacilitatorPresence['presenting'] = {
        journeyId,
        x: Math.round(center.x),
        y: Math.round(center.y),
        zoom: Math.round(camera.zoom * 1000) / 1000,
        ...(phaseId ? { phaseId } : {}),
      };
      awareness.setLocalStateField('presenting', presenting);
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(publish, Math.max(0, PUBLISH_INTERVAL_MS - (Date.now() - last)));
    };
    publish();
    const stopCamera = useCameraStore.subscribe(schedule);
    const stopBoard = useBoardStore.subscribe((s, before) => {
      if (s.journeyId !== before.journeyId) schedule();
    });
    const stopPhase = useFacilitationStore.subscribe((s, before) => {
      if (s.phaseIndex !== before.phaseIndex) schedule();
    });
    return () => {
      if (timer) clearTimeout(timer);
      stopCamera();
      stopBoard();
      stopPhase();
      awareness.setLocalStateField('presenting', null);
    };
  }, [awareness, isFacilitator, leading]);
}

/**
 * The follower's camera: the presented phase framed on this screen (as the facilitator's presentation
 * does on theirs), else the leader's centre and zoom.
 */
function cameraFor(presenting: NonNullable<FacilitatorPresence['presenting']>): Camera | null {
  const { width, height } = useCameraStore.getState();
  if (width === 0 || height === 0) return null;
  const view = useBoardStore.getState().view;
  if (presenting.phaseId && view?.journey.id === presenting.journeyId) {
    const layout = layoutBoard(view);
    const frame = phaseFrame(
      layout,
      layout.columns.findIndex((c) => c.phase.id === presenting.phaseId),
    );
    if (frame) return presentationCamera(frame, width, height, measureOverlays());
  }
  return {
    x: width / 2 - presenting.x * presenting.zoom,
    y: height / 2 - presenting.y * presenting.zoom,
    zoom: presenting.zoom,
  };
}

function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}

/**
 * Participant: follows the leader's view until any pan or zoom of their own; returns the leader so
 * the UI can say who leads and offer "Rejoin".
 */
export function useFollowLeader(): FacilitatorPresence | null {
  const leader = useLeader();
  const isFacilitator = useBoardStore((s) => s.role === 'facilitator');
  const brokeAway = useFacilitationStore((s) => s.brokeAway);
  const presenting = isFacilitator ? null : (leader?.presenting ?? null);

  useEffect(() => {
    // A new presentation (or none) starts following again.
    if (!presenting) useFacilitationStore.getState().set({ brokeAway: false });
  }, [presenting]);

  // The presented phase is highlighted on every follower's board, even one that broke away.
  const phaseId = presenting?.phaseId ?? null;
  useEffect(() => {
    if (isFacilitator) return;
    useInteractionStore.getState().set({ spotlight: phaseId });
    return () => useInteractionStore.getState().set({ spotlight: null });
  }, [isFacilitator, phaseId]);

  useEffect(() => {
    if (!presenting || brokeAway) return;
    let applied: Camera | null = null;
    const apply = () => {
      const board = useBoardStore.getState();
      if (board.journeyId !== presenting.journeyId && board.snapshot?.journeys[presenting.journeyId]) {
        board.setJourney(presenting.journeyId);
      }
      const camera = cameraFor(presenting);
      if (!camera) return;
      applied = camera;
      useCameraStore.getState().setCamera(camera);
    };
    apply();
    const stop = useCameraStore.subscribe((state, before) => {
      // The canvas places a fresh camera on a journey switch or a resize: follow again, not a break away.
      if (!before.placed || state.width !== before.width || state.height !== before.height) {
        if (!applied || !sameCamera(state, applied)) apply();
        return;
      }
      if (applied && !sameCamera(state, applied)) useFacilitationStore.getState().set({ brokeAway: true });
    });
    return stop;
  }, [presenting, brokeAway]);

  return isFacilitator ? null : leader;
}
