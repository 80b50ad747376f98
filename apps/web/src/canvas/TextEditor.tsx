import { setCardText } from '@parcours/journey';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useBoardStore } from '../store/boardStore';
import { toScreenRect } from './camera';
import { useCameraStore } from './cameraStore';
import { cardFill, FONT_FAMILY } from './cardStyle';
import { type BoardLayout, CARD_W, cardRectAt } from './layout';

/**
 * In-place editing of a card's text: an HTML textarea laid over the card at its screen rectangle
 * and scale, so the browser gives real text editing (IME, spellcheck, selection). Each change is
 * written with setCardText (smallest edit, so a peer's concurrent typing merges).
 * Enter adds a line; Escape, Ctrl/Cmd+Enter or leaving the field finishes.
 */
function finish(): void {
  useBoardStore.getState().setEditing(null);
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
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);

  // Start from the card's text each time another card is edited.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on a new editing target
  useEffect(() => {
    if (!editingId) return;
    setText(card?.text ?? '');
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.select();
    });
  }, [editingId]);
  // The card was deleted (by a peer, or undone): stop editing.
  useEffect(() => {
    if (editingId && !card) finish();
  }, [editingId, card]);

  if (!editingId || !card || !place) return null;
  const role = useBoardStore.getState().role;
  if (role === 'view') return null;
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
          finish();
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
