import { addCards, duplicateCards, MAX_CARDS_PER_INSERT, removeCards } from '@parcours/journey';
import { type RefObject, useEffect, useRef } from 'react';
import { imageFiles } from '../images/addImage';
import { imageTargetAt, placeImages } from '../images/imageTarget';
import { canEdit, useBoardStore } from '../store/boardStore';
import { stepZoom, zoomAt } from './camera';
import { cameraOf, useCameraStore } from './cameraStore';
import { parseClipboard, toClipboardText } from './clipboard';
import type { Point } from './geometry';
import { containerAt } from './hitTest';
import { useInteractionStore } from './interactionStore';
import type { BoardLayout } from './layout';
import { listen } from './listen';
import { fitBoardCamera } from './overlays';
import { allCardIds, selectedInOrder } from './selection';
import type { CanvasStrings } from './useCanvasStrings';

/** Focus in a text field (ours or the shell's) means keys are typing, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Zoom by a step around the canvas centre (keys and buttons). */
export function zoomStep(direction: 1 | -1): void {
  const c = useCameraStore.getState();
  c.setCamera(zoomAt(cameraOf(c), { x: c.width / 2, y: c.height / 2 }, stepZoom(c.zoom, direction)));
}

export function zoomToFit(layout: BoardLayout): void {
  const c = useCameraStore.getState();
  c.setCamera(fitBoardCamera(layout, c.width, c.height));
}

export function zoomToActual(): void {
  const c = useCameraStore.getState();
  c.setCamera(zoomAt(cameraOf(c), { x: c.width / 2, y: c.height / 2 }, 1));
}

/**
 * Keyboard shortcuts and the system clipboard for the canvas. They are ignored while a text field
 * has the focus, so typing a card or a name never deletes or pastes cards.
 */
export function useCanvasKeys(
  container: RefObject<HTMLDivElement | null>,
  layoutRef: RefObject<BoardLayout | null>,
  pointer: RefObject<Point | null>,
  space: RefObject<boolean>,
  strings: CanvasStrings,
): void {
  const stringsRef = useRef(strings);
  stringsRef.current = strings;
  useEffect(() => {
    const editable = () => {
      const { role, doc, journeyId, view } = useBoardStore.getState();
      return canEdit(role) && doc && journeyId && view ? { doc, journeyId, view } : null;
    };
    const say = (text: string, tone: 'error' | 'info' = 'info') =>
      useInteractionStore.getState().set({ message: { text, tone } });

    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || useBoardStore.getState().editingCardId) return;
      const layout = layoutRef.current;
      const store = useBoardStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      // Space and Enter also activate a focused button: take them only when the board has the focus.
      const boardFocused =
        e.target === document.body || (e.target instanceof Node && container.current?.contains(e.target));
      if (e.key === ' ' && !mod && boardFocused) {
        if (!space.current && container.current) container.current.style.cursor = 'grab';
        space.current = true;
        e.preventDefault();
        return;
      }
      const zoomKey = zoomAction(e, layout);
      if (zoomKey) {
        e.preventDefault();
        zoomKey();
        return;
      }
      if (mod && e.key.toLowerCase() === 'a' && store.view) {
        e.preventDefault();
        store.select(allCardIds(store.view));
        return;
      }
      const edit = editable();
      if (!edit || store.selection.size === 0) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        removeCards(edit.doc, { cardIds: [...store.selection] });
        store.clearSelection();
      } else if (mod && e.key.toLowerCase() === 'd') {
        e.preventDefault();
        const cards = selectedInOrder(edit.view, store.selection);
        if (cards.length > MAX_CARDS_PER_INSERT)
          return say(stringsRef.current('pasteTooMany', { count: cards.length, max: MAX_CARDS_PER_INSERT }), 'error');
        store.select(duplicateCards(edit.doc, { cards }));
      } else if (e.key === 'Enter' && boardFocused && store.selection.size === 1) {
        e.preventDefault();
        store.setEditing([...store.selection][0]!);
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') {
        space.current = false;
        if (container.current) container.current.style.cursor = '';
      }
    };

    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const { view, selection } = useBoardStore.getState();
      if (!view || selection.size === 0 || !e.clipboardData) return;
      e.preventDefault();
      const cards = selectedInOrder(view, selection);
      e.clipboardData.setData('text/plain', toClipboardText(cards));
      say(stringsRef.current('copied', { count: cards.length }));
    };
    const onCut = (e: ClipboardEvent) => {
      const edit = editable();
      if (!edit || isTyping(e.target)) return;
      onCopy(e);
      const store = useBoardStore.getState();
      removeCards(edit.doc, { cardIds: [...store.selection] });
      store.clearSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      const edit = editable() ?? null;
      const layout = layoutRef.current;
      if (!edit || !layout || isTyping(e.target) || !e.clipboardData) return;
      e.preventDefault();
      // An image (a screenshot, a photo): onto the selected card, else into the cell under the pointer.
      const files = imageFiles(e.clipboardData);
      if (files.length > 0) {
        const { selection } = useBoardStore.getState();
        const target = imageTargetAt(layout, pointer.current, selection, true);
        const cell = pasteCell(layout, pointer.current, edit.view, selection);
        if (target) void placeImages(files, target, { cell });
        return;
      }
      const parsed = parseClipboard(e.clipboardData.getData('text/plain'));
      if (!parsed.ok) {
        const s = stringsRef.current;
        return say(
          parsed.reason === 'tooMany'
            ? s('pasteTooMany', { count: parsed.count, max: MAX_CARDS_PER_INSERT })
            : s('pasteInvalid'),
          'error',
        );
      }
      const cell = pasteCell(layout, pointer.current, edit.view, useBoardStore.getState().selection);
      try {
        const ids = addCards(edit.doc, { journeyId: edit.journeyId, cards: parsed.cards.map((c) => ({ ...c, cell })) });
        useBoardStore.getState().select(ids);
      } catch (error) {
        // addCards validates everything before writing: a refusal here changed nothing.
        say(error instanceof RangeError ? error.message : stringsRef.current('pasteInvalid'), 'error');
      }
    };

    // Capture phase: the canvas sees keys before the shell's keymap, which skips defaultPrevented events.
    const stops = [
      listen(window, { keydown: onKeyDown }, { capture: true }),
      listen(window, { keyup: onKeyUp }),
      listen(document, { copy: onCopy, cut: onCut, paste: onPaste }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [container, layoutRef, pointer, space]);
}

/** The zoom a key asks for (Shift+1 fit, Shift+0 100%, +/- steps), if any. */
function zoomAction(e: KeyboardEvent, layout: BoardLayout | null): (() => void) | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.shiftKey && e.code === 'Digit1') return layout ? () => zoomToFit(layout) : null;
  if (e.shiftKey && e.code === 'Digit0') return zoomToActual;
  if (e.key === '+' || e.key === '=') return () => zoomStep(1);
  if (e.key === '-' || e.key === '_') return () => zoomStep(-1);
  return null;
}

/** Paste goes into the hovered cell, else the cell of the first selected card, else the tray. */
function pasteCell(
  layout: BoardLayout,
  pointer: Point | null,
  view: NonNullable<ReturnType<typeof useBoardStore.getState>['view']>,
  selection: ReadonlySet<string>,
) {
  const hovered = pointer && containerAt(layout, pointer);
  if (hovered) return hovered.cell;
  const first = selectedInOrder(view, selection)[0];
  return first?.phaseId && first.channelId ? { phaseId: first.phaseId, channelId: first.channelId } : null;
}
