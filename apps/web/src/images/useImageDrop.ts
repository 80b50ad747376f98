/**
 * Image files dragged from the desktop onto the map: onto a card (its picture) or into a cell or
 * the tray (new image cards). Other drags (cards, text) are left alone.
 */
import { type RefObject, useEffect } from 'react';
import { toBoard } from '../canvas/camera';
import { cameraOf, useCameraStore } from '../canvas/cameraStore';
import type { BoardLayout } from '../canvas/layout';
import { listen } from '../canvas/listen';
import { canEdit, useBoardStore } from '../store/boardStore';
import { imageFiles } from './addImage';
import { imageTargetAt, placeImages } from './imageTarget';

export function useImageDrop(container: RefObject<HTMLDivElement | null>, layoutRef: RefObject<BoardLayout | null>) {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const boardPoint = (e: DragEvent) => {
      const r = el.getBoundingClientRect();
      return toBoard(cameraOf(useCameraStore.getState()), { x: e.clientX - r.left, y: e.clientY - r.top });
    };
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e) || !canEdit(useBoardStore.getState().role)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      const layout = layoutRef.current;
      if (!hasFiles(e) || !layout || !canEdit(useBoardStore.getState().role)) return;
      e.preventDefault();
      const files = imageFiles(e.dataTransfer);
      const point = boardPoint(e);
      const target = imageTargetAt(layout, point);
      if (!target || files.length === 0) return;
      void placeImages(files, target, 'cardId' in target ? { cell: cellOf(target.cardId) } : target);
    };
    return listen(el, { dragover: onDragOver, drop: onDrop });
  }, [container, layoutRef]);
}

function cellOf(cardId: string) {
  const card = useBoardStore.getState().snapshot?.cards[cardId];
  return card?.phaseId && card.channelId ? { phaseId: card.phaseId, channelId: card.channelId } : null;
}
