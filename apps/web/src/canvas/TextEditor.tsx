import { setCardText } from '@parcours/journey';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { canEdit, useBoardStore } from '../store/boardStore';
import { discardNewCard } from '../ui/board/boardActions';
import { useViewStore } from '../ui/views/viewStore';
import { centerOn, toScreenRect } from './camera';
import { cameraOf, useCameraStore } from './cameraStore';
import { cardFill, FONT_FAMILY } from './cardStyle';
import type { Rect } from './geometry';
import { type BoardLayout, CARD_W, cardRectAt } from './layout';

/**
 * In-place editing of a card's text: an HTML textarea laid over the card at its screen rectangle
 * and scale, so the browser gives real text editing (IME, spellcheck, selection). Each change is
 * written with setCardText (smallest edit, so a peer's concurrent typing merges).
 * Enter adds a line; Escape, Ctrl/Cmd+Enter or leaving the field finishes; Escape on a card just
 * added and still empty takes the card back.
 */
function finish(): void {
  useBoardStore.getState().setEditing(null);
}

/** Pans (zoom kept) to centre the card when it is not wholly on the canvas. */
function revealCard(card: Rect): void {
  const c = useCameraStore.getState();
  const r = toScreenRect(cameraOf(c), card);
  const margin = 16;
  if (r.x >= margin && r.y >= margin && r.x + r.w <= c.width - margin && r.y + r.h <= c.height - margin) return;
  c.setCamera(centerOn(cameraOf(c), { x: card.x + card.w / 2, y: card.y + card.h / 2 }, c.width, c.height));
}

export function TextEditor({ layout }: { layout: BoardLayout }) {
  const editingId = useBoardStore((s) => s.editingCardId);
  const card = useBoardStore((s) => (s.editingCardId ? s.snapshot?.cards[s.editingCardId] : undefined));
  const place = useMemo(() => {
    if (!editingId) return null;
    for (const c of [...layout.cells, layout.tray]) {
      const index = c.cards.findIndex((k) => k.id === editingId);
      if (index >= 0) return cardRectAt(c, index);
    }
    return null;
  }, [layout, editingId]);
  const camera = useCameraStore((s) => s);
  // Another view covers the canvas: no hidden field to type into.
  const onMap = useViewStore((s) => s.view === 'map');
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);

  // Start from the card's text each time another card is edited, with the focus at once: a key
  // pressed right after "add a card" is already text, never a shortcut.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on a new editing target
  useLayoutEffect(() => {
    if (!editingId) return;
    setText(card?.text ?? '');
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
    // Once the canvas has its new size (the card panel opens with it: measured in the next frame,
    // hence the second one), bring the card into view.
    if (place) requestAnimationFrame(() => requestAnimationFrame(() => revealCard(place)));
  }, [editingId, place !== null && onMap]);
  // The card was deleted (by a peer, or undone): stop editing.
  useEffect(() => {
    if (editingId && !card) finish();
  }, [editingId, card]);

  if (!editingId || !card || !place || !onMap) return null;
  const role = useBoardStore.getState().role;
  if (!canEdit(role)) return null;
  const r = toScreenRect(camera, place);
  const scale = camera.zoom;
  return (
    <textarea
      ref={ref}
      data-testid="card-text-editor"
      value={text}
      maxLength={10_000}
      onChange={(e) => {
        setText(e.target.value);
        const doc = useBoardStore.getState().doc;
        if (doc) setCardText(doc, { cardId: card.id, text: e.target.value });
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          if (e.key !== 'Escape' || !discardNewCard(card.id)) finish();
        }
      }}
      onBlur={finish}
      style={{
        position: 'absolute',
        left: r.x,
        top: r.y + 24 * scale,
        width: CARD_W * scale,
        height: r.h - 24 * scale,
        boxSizing: 'border-box',
        padding: `${2 * scale}px ${10 * scale}px`,
        margin: 0,
        border: 'none',
        outline: `${Math.max(2, 2 * scale)}px solid #2563eb`,
        borderRadius: `0 0 ${6 * scale}px ${6 * scale}px`,
        background: cardFill(card),
        color: '#1f2328',
        font: `${13 * scale}px/1.25 ${FONT_FAMILY}`,
        resize: 'none',
        overflow: 'hidden',
        zIndex: 2,
      }}
    />
  );
}
