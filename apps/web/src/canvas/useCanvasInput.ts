import {
  addCardAs,
  addChannel,
  addPhase,
  moveCards,
  moveChannel,
  moveChannelToLane,
  movePhase,
} from '@parcours/journey';
import { type RefObject, useEffect, useRef } from 'react';
import { canEdit, useBoardStore } from '../store/boardStore';
import { openNewCard } from '../ui/board/boardActions';
import { toBoard, zoomAt } from './camera';
import { cameraOf, useCameraStore } from './cameraStore';
import { type Point, rectFromCorners } from './geometry';
import { headerDropTarget } from './headerDrop';
import { cardsInRect, dropTarget, hitTest } from './hitTest';
import { useInteractionStore } from './interactionStore';
import { channelLaneDrop } from './laneDrop';
import { type BoardLayout, cardRectAt } from './layout';
import { listen } from './listen';
import { type PinchStart, pinchCamera } from './pinch';
import { confirmRemove, cursorFor, isOverlay, setCursor } from './pointerHelpers';
import { selectedInOrder } from './selection';
import type { CanvasStrings } from './useCanvasStrings';

/** Pointer travel (CSS px) before a press becomes a drag, so clicks stay clicks. */
const DRAG_THRESHOLD = 4;

type Gesture =
  | { type: 'pan'; last: Point }
  | { type: 'pressCard'; start: Point; cardId: string; grab: Point }
  | { type: 'dragCards' }
  | { type: 'marquee'; start: Point; base: ReadonlySet<string> }
  | { type: 'pressHeader'; start: Point; kind: 'phase' | 'channel'; id: string; grab: Point }
  | { type: 'dragHeader' };

export interface CanvasInput {
  /** Latest board point under the pointer (paste target, presence); null when outside. */
  readonly pointer: RefObject<Point | null>;
  /** Whether the space bar is held (space+drag pans). */
  readonly space: RefObject<boolean>;
}

/**
 * Mouse, pen, touch and wheel on the canvas element. Hit-testing is done on the layout, and every
 * board change goes through a model command when the gesture ends (one undo step per gesture).
 */
export function useCanvasInput(
  container: RefObject<HTMLDivElement | null>,
  layoutRef: RefObject<BoardLayout | null>,
  strings: CanvasStrings,
): CanvasInput {
  const pointer = useRef<Point | null>(null);
  const space = useRef(false);
  const gesture = useRef<Gesture | null>(null);
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const screenOf = (e: { clientX: number; clientY: number }): Point => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const boardOf = (screen: Point) => toBoard(cameraOf(useCameraStore.getState()), screen);
    const editing = () => {
      const { role, doc, journeyId } = useBoardStore.getState();
      return canEdit(role) && doc && journeyId ? { doc, journeyId } : null;
    };
    const interaction = useInteractionStore.getState;
    // Touch points currently down (canvas pixels), for two-finger pinch and pan.
    const touches = new Map<number, Point>();
    let pinch: PinchStart | null = null;
    const cancelGesture = () => {
      gesture.current = null;
      interaction().set({ cardDrag: null, headerDrag: null, marquee: null });
    };

    const onPointerDown = (e: PointerEvent) => {
      const layout = layoutRef.current;
      if (!layout || isOverlay(e.target)) return;
      const screen = screenOf(e);
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, screen);
        el.setPointerCapture(e.pointerId);
        if (touches.size === 2) {
          const [a, b] = [...touches.values()] as [Point, Point];
          cancelGesture();
          pinch = { camera: cameraOf(useCameraStore.getState()), a, b };
          return;
        }
      }
      if (e.button === 1 || (e.button === 0 && space.current)) {
        e.preventDefault();
        el.setPointerCapture(e.pointerId);
        gesture.current = { type: 'pan', last: screen };
        el.style.cursor = 'grabbing';
        return;
      }
      if (e.button !== 0) return;
      el.setPointerCapture(e.pointerId);
      el.focus({ preventScroll: true });
      const board = boardOf(screen);
      const hit = hitTest(layout, board);
      const store = useBoardStore.getState();
      const edit = editing();
      // Structure (headers, add phase/channel) is the facilitator's while locked: the relay would refuse it.
      const structure = edit && !structureLocked();
      const additive = e.shiftKey || e.metaKey || e.ctrlKey;
      if (hit.type === 'card' || hit.type === 'container') store.setActiveCell(hit.container.cell);
      if (hit.type === 'card') {
        if (additive) store.select([hit.cardId], 'toggle');
        else if (!store.selection.has(hit.cardId)) store.select([hit.cardId]);
        const r = cardRectAt(hit.container, hit.index);
        if (edit && !additive) {
          gesture.current = {
            type: 'pressCard',
            start: screen,
            cardId: hit.cardId,
            grab: { x: board.x - r.x, y: board.y - r.y },
          };
        }
        return;
      }
      if ((hit.type === 'phaseHeader' || hit.type === 'channelHeader') && structure) {
        const kind = hit.type === 'phaseHeader' ? 'phase' : 'channel';
        const id = hit.type === 'phaseHeader' ? hit.phaseId : hit.channelId;
        if (hit.remove) return confirmRemove(kind, id, layout, stringsRef.current, edit.doc);
        const header =
          kind === 'phase'
            ? layout.columns.find((c) => c.phase.id === id)!.header
            : layout.rows.find((r) => r.channel.id === id)!.header;
        gesture.current = {
          type: 'pressHeader',
          start: screen,
          kind,
          id,
          grab: { x: board.x - header.x, y: board.y - header.y },
        };
        return;
      }
      if (hit.type === 'addPhase' && structure) {
        const id = addPhase(edit.doc, { journeyId: edit.journeyId, name: stringsRef.current('newPhase') });
        interaction().set({ renaming: { kind: 'phase', id } });
        return;
      }
      if (hit.type === 'addChannel' && structure) {
        const id = addChannel(edit.doc, { journeyId: edit.journeyId, name: stringsRef.current('newChannel') });
        interaction().set({ renaming: { kind: 'channel', id } });
        return;
      }
      // Empty space: one finger pans; a mouse draws a marquee (without shift, a fresh selection).
      if (!additive) store.clearSelection();
      if (e.pointerType === 'touch') {
        gesture.current = { type: 'pan', last: screen };
        return;
      }
      gesture.current = { type: 'marquee', start: board, base: additive ? store.selection : new Set() };
    };

    const onPointerMove = (e: PointerEvent) => {
      const layout = layoutRef.current;
      const screen = screenOf(e);
      if (touches.has(e.pointerId)) touches.set(e.pointerId, screen);
      if (pinch && touches.size >= 2) {
        const [a, b] = [...touches.values()] as [Point, Point];
        useCameraStore.getState().setCamera(pinchCamera(pinch, a, b));
        return;
      }
      const board = boardOf(screen);
      pointer.current = board;
      useBoardStore.getState().setCursor(board);
      const g = gesture.current;
      if (!layout) return;
      if (!g) {
        if (!space.current) setCursor(el, cursorFor(hitTest(layout, board), editing() !== null));
        return;
      }
      if (g.type === 'pan') {
        useCameraStore.getState().panBy(screen.x - g.last.x, screen.y - g.last.y);
        g.last = screen;
        return;
      }
      if (g.type === 'pressCard' || g.type === 'pressHeader') {
        if (Math.hypot(screen.x - g.start.x, screen.y - g.start.y) < DRAG_THRESHOLD) return;
        if (g.type === 'pressCard') {
          const { view, selection } = useBoardStore.getState();
          const ids = selection.has(g.cardId) && view ? selectedInOrder(view, selection).map((c) => c.id) : [g.cardId];
          interaction().set({ cardDrag: { cardIds: ids, pointer: board, grab: g.grab, target: null } });
          gesture.current = { type: 'dragCards' };
        } else {
          interaction().set({
            headerDrag: { kind: g.kind, id: g.id, pointer: board, grab: g.grab, before: null, marker: null },
          });
          gesture.current = { type: 'dragHeader' };
        }
      }
      const { cardDrag, headerDrag } = interaction();
      if (gesture.current?.type === 'dragCards' && cardDrag) {
        const target = dropTarget(layout, board, new Set(cardDrag.cardIds));
        interaction().set({ cardDrag: { ...cardDrag, pointer: board, target } });
      } else if (gesture.current?.type === 'dragHeader' && headerDrag) {
        const drop = headerDropTarget(layout, headerDrag.kind, headerDrag.id, board);
        interaction().set({
          headerDrag: { ...headerDrag, pointer: board, before: drop?.before ?? null, marker: drop?.marker ?? null },
        });
      } else if (g.type === 'marquee') {
        const rect = rectFromCorners(g.start, board);
        interaction().set({ marquee: rect });
        useBoardStore.getState().select([...g.base, ...cardsInRect(layout, rect)]);
      }
    };

    const onPointerUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (pinch) {
        if (touches.size < 2) pinch = null;
        if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
        return;
      }
      const g = gesture.current;
      gesture.current = null;
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      el.style.cursor = space.current ? 'grab' : '';
      const edit = editing();
      const { cardDrag, headerDrag } = interaction();
      if (g?.type === 'dragCards' && cardDrag) {
        if (edit && cardDrag.target) {
          moveCards(edit.doc, { cardIds: cardDrag.cardIds, to: cardDrag.target.to, before: cardDrag.target.before });
        }
        interaction().set({ cardDrag: null });
      } else if (g?.type === 'dragHeader' && headerDrag) {
        if (edit && headerDrag.marker) {
          if (headerDrag.kind === 'phase') movePhase(edit.doc, { phaseId: headerDrag.id, before: headerDrag.before });
          else {
            // On a service blueprint, a row dropped across a line changes lane (laneDrop.ts).
            const lane = layoutRef.current && channelLaneDrop(layoutRef.current, headerDrag.id, headerDrag.before);
            if (lane) moveChannelToLane(edit.doc, { channelId: headerDrag.id, ...lane });
            else moveChannel(edit.doc, { channelId: headerDrag.id, before: headerDrag.before });
          }
        }
        interaction().set({ headerDrag: null });
      } else if (g?.type === 'marquee') {
        interaction().set({ marquee: null });
      } else if (g?.type === 'pressCard' && !(e.shiftKey || e.metaKey || e.ctrlKey)) {
        // A plain click on a card of a multi-selection narrows the selection to it.
        useBoardStore.getState().select([g.cardId]);
      }
    };

    const onDoubleClick = (e: MouseEvent) => {
      const layout = layoutRef.current;
      const edit = editing();
      if (!layout || !edit || isOverlay(e.target)) return;
      const hit = hitTest(layout, boardOf(screenOf(e)));
      const store = useBoardStore.getState();
      if (hit.type === 'card') {
        store.select([hit.cardId]);
        store.setEditing(hit.cardId);
      } else if (hit.type === 'container') {
        // addCardAs: hidden from the others while the facilitator's private mode is on.
        const participantId = store.participant?.id ?? 'anonymous';
        const cell = hit.container.cell;
        openNewCard(() => addCardAs(edit.doc, { journeyId: edit.journeyId, kind: 'touchpoint', cell, participantId }));
      } else if (structureLocked()) {
        // Renaming headers is structure: not while the facilitator locks it.
      } else if (hit.type === 'phaseHeader' && !hit.remove) {
        interaction().set({ renaming: { kind: 'phase', id: hit.phaseId } });
      } else if (hit.type === 'channelHeader' && !hit.remove) {
        interaction().set({ renaming: { kind: 'channel', id: hit.channelId } });
      }
    };

    const onWheel = (e: WheelEvent) => {
      if (isOverlay(e.target) && !(e.target instanceof HTMLTextAreaElement)) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      const camera = useCameraStore.getState();
      if (e.ctrlKey || e.metaKey) {
        // Pinch on a trackpad arrives as ctrl+wheel with small deltas; a mouse wheel notch is ~100.
        const factor = Math.exp(-Math.max(-60, Math.min(60, dy)) * 0.01);
        camera.setCamera(zoomAt(cameraOf(camera), screenOf(e), camera.zoom * factor));
      } else if (e.shiftKey && dx === 0) {
        camera.panBy(-dy, 0);
      } else {
        camera.panBy(-dx, -dy);
      }
    };
    const onLeave = () => {
      pointer.current = null;
      useBoardStore.getState().setCursor(null);
    };

    return listen(
      el,
      {
        pointerdown: onPointerDown,
        pointermove: onPointerMove,
        pointerup: onPointerUp,
        pointercancel: onPointerUp,
        pointerleave: onLeave,
        dblclick: onDoubleClick,
        wheel: onWheel,
      },
      // The wheel zooms and pans the board, not the page.
      { passive: false },
    );
  }, [container, layoutRef]);

  return { pointer, space };
}

/** The facilitator locked the structure and this participant is not the facilitator. */
function structureLocked(): boolean {
  const { role, snapshot } = useBoardStore.getState();
  return role !== 'facilitator' && snapshot?.session.structureLocked === true;
}
