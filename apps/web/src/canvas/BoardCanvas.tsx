import { BOARD_COLORS } from '@parcours/journey';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { Stage } from 'react-konva';
import { useShallow } from 'zustand/react/shallow';
import { UploadStatus } from '../images/UploadStatus';
import { useImageDrop } from '../images/useImageDrop';
import { canEdit, useBoardStore } from '../store/boardStore';
import { CanvasMessage } from './CanvasMessage';
import { CardsLayer } from './CardsLayer';
import { CommentBadges } from './CommentBadges';
import { initialCamera, viewportOf } from './camera';
import { useCameraStore } from './cameraStore';
import { cullRect, sameRect } from './culling';
import { DiffLayer } from './DiffLayer';
import { DragLayer } from './DragLayer';
import { GridLayer } from './GridLayer';
import type { Rect } from './geometry';
import { HeaderEditor } from './HeaderEditor';
import { useInteractionStore } from './interactionStore';
import { type BoardLayout, containersOf, layoutBoard } from './layout';
import { Minimap } from './Minimap';
import { fitBoardCamera, measureOverlays, registerCanvasElement } from './overlays';
import { PresenceLayer } from './PresenceLayer';
import { cardFont, drawsCardText, labelZoom, PRESENT_PX, READABLE_PX } from './readability';
import { SpotlightLayer } from './SpotlightLayer';
import { TextEditor } from './TextEditor';
import { useCanvasInput } from './useCanvasInput';
import { useCanvasKeys } from './useCanvasKeys';
import { useCanvasStrings } from './useCanvasStrings';
import { useTestHook } from './useTestHook';
import { ZoomControls } from './ZoomControls';

/**
 * The journey board: grid, cards, emotion lane and tray on a pannable, zoomable Konva stage, with
 * HTML overlays for text editing, zoom buttons and the overview. Fills its parent.
 *
 * Three layers: the static grid, the (culled) cards, and what moves (drag ghost, marquee, peers).
 */
export function BoardCanvas() {
  const view = useBoardStore((s) => s.view);
  const journeyId = useBoardStore((s) => s.journeyId);
  const editable = useBoardStore((s) => canEdit(s.role));
  // Header glyphs and add buttons hide while the facilitator locks the structure (facilitation).
  const structureEditable = useBoardStore(
    (s) => canEdit(s.role) && (s.role === 'facilitator' || !s.snapshot?.session.structureLocked),
  );
  const strings = useCanvasStrings();
  const container = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => (view ? layoutBoard(view) : null), [view]);
  const layoutRef = useRef<BoardLayout | null>(layout);
  layoutRef.current = layout;

  useCanvasSize(container);
  useInitialCamera(layout, journeyId, container);
  const input = useCanvasInput(container, layoutRef, strings);
  useCanvasKeys(container, layoutRef, input.pointer, input.space, strings);
  useTestHook(container);
  useImageDrop(container, layoutRef);

  const { x, y, zoom, width, height } = useCameraStore(
    useShallow((s) => ({ x: s.x, y: s.y, zoom: s.zoom, width: s.width, height: s.height })),
  );
  // Snap the culling rectangle to ~300 screen px so panning rebuilds the card list only now and then.
  const cull = useStableRect(cullRect(viewportOf({ x, y, zoom }, width, height), 300 / zoom));
  // Presenting a phase, or the big screen, aims at text read from the back of the room.
  const spotlight = useInteractionStore((s) => s.spotlight);
  const roomText = useInteractionStore((s) => s.spotlight !== null || s.bigText);
  const font = cardFont(zoom, roomText ? PRESENT_PX : READABLE_PX);

  return (
    <div
      ref={container}
      tabIndex={-1}
      data-testid="board-canvas"
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        background: BOARD_COLORS.background,
        touchAction: 'none',
        outline: 'none',
        userSelect: 'none',
      }}
    >
      {layout && view && width > 0 && height > 0 && (
        <Stage width={width} height={height} x={x} y={y} scaleX={zoom} scaleY={zoom} listening={false}>
          <GridLayer
            view={view}
            layout={layout}
            editable={structureEditable}
            strings={strings}
            textZoom={labelZoom(zoom, roomText)}
          />
          <CardsLayer layout={layout} cull={cull} zoom={zoom} font={font} />
          <DiffLayer layout={layout} zoom={zoom} />
          <SpotlightLayer layout={layout} phaseId={spotlight} zoom={zoom} />
          <CommentBadges layout={layout} zoom={zoom} />
          <DragLayer layout={layout} zoom={zoom}>
            <PresenceLayer layout={layout} zoom={zoom} />
          </DragLayer>
        </Stage>
      )}
      {layout && editable && <TextEditor layout={layout} />}
      {layout && structureEditable && <HeaderEditor layout={layout} />}
      <CanvasMessage />
      <UploadStatus />
      <div
        data-canvas-ui
        style={{
          position: 'absolute',
          right: 12,
          bottom: 12,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-end',
          gap: 8,
          zIndex: 2,
        }}
      >
        <ZoomControls />
        {layout && <Minimap layout={layout} label={strings('minimap')} />}
      </div>
    </div>
  );
}

/** Keeps the camera store's canvas size in step with the element. */
function useCanvasSize(container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const update = () => useCameraStore.getState().setSize(el.clientWidth, el.clientHeight);
    update();
    registerCanvasElement(el);
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
      registerCanvasElement(null);
    };
  }, [container]);
}

/**
 * Chooses a first camera for each journey once the canvas has a size: the whole board clear of the
 * overlays when its cards then show their text, else a readable corner.
 */
function useInitialCamera(
  layout: BoardLayout | null,
  journeyId: string | null,
  container: RefObject<HTMLDivElement | null>,
): void {
  const width = useCameraStore((s) => s.width);
  const height = useCameraStore((s) => s.height);
  const placed = useCameraStore((s) => s.placed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new journey asks for a new first view
  useEffect(() => {
    useCameraStore.getState().reset();
  }, [journeyId]);
  useEffect(() => {
    if (!placed && layout && width > 0 && height > 0) {
      const cards = containersOf(layout).reduce((n, c) => n + c.cards.length, 0);
      const fit = fitBoardCamera(layout, width, height, measureOverlays(container.current));
      const readable = (zoom: number) => drawsCardText(zoom, cards);
      useCameraStore.getState().setCamera(initialCamera(fit, layout.bounds, 24, readable));
    }
  }, [placed, layout, width, height, container]);
}

/** The same object while the rectangle is equal, so memoised consumers skip work. */
function useStableRect(rect: Rect): Rect {
  const ref = useRef(rect);
  if (!sameRect(ref.current, rect)) ref.current = rect;
  return ref.current;
}
