import { renameChannel, renamePhase } from '@parcours/journey';
import { useEffect, useRef, useState } from 'react';
import { canEdit, useBoardStore } from '../store/boardStore';
import { toScreenRect } from './camera';
import { useCameraStore } from './cameraStore';
import { FONT_FAMILY } from './cardStyle';
import { useInteractionStore } from './interactionStore';
import type { BoardLayout } from './layout';

/** Renaming a phase or channel in place: an input over its header. Enter or leaving commits, Escape cancels. */
export function HeaderEditor({ layout }: { layout: BoardLayout }) {
  const renaming = useInteractionStore((s) => s.renaming);
  const camera = useCameraStore((s) => s);
  const ref = useRef<HTMLInputElement>(null);
  const header =
    renaming?.kind === 'phase'
      ? layout.columns.find((c) => c.phase.id === renaming.id)
      : layout.rows.find((r) => r.channel.id === renaming?.id);
  const current = header ? ('phase' in header ? header.phase.name : header.channel.name) : '';
  const [name, setName] = useState(current);

  // A header just added is not in the layout yet when renaming starts: start again once it is there,
  // so its default name shows selected and typing replaces it.
  const shown = header !== undefined;
  const selectPending = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another header is renamed (or appears)
  useEffect(() => {
    setName(current);
    selectPending.current = true;
  }, [renaming?.kind, renaming?.id, shown]);
  // Select once the input shows that name (not the previous one), so the first key typed replaces it.
  useEffect(() => {
    if (!selectPending.current || !ref.current || name !== current) return;
    selectPending.current = false;
    ref.current.focus();
    ref.current.select();
  });

  if (!renaming || !header || !canEdit(useBoardStore.getState().role)) return null;
  const close = () => useInteractionStore.getState().set({ renaming: null });
  const commit = () => {
    const doc = useBoardStore.getState().doc;
    const next = name.trim();
    if (doc && next && next !== current) {
      if (renaming.kind === 'phase') renamePhase(doc, { phaseId: renaming.id, name: next });
      else renameChannel(doc, { channelId: renaming.id, name: next });
    }
    close();
  };
  const r = toScreenRect(camera, header.header);
  const height = Math.min(r.h, 56 * camera.zoom);
  return (
    <input
      ref={ref}
      data-testid="header-name-editor"
      value={name}
      maxLength={1000}
      onChange={(e) => setName(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') close();
      }}
      onBlur={commit}
      style={{
        position: 'absolute',
        left: r.x,
        top: r.y,
        width: r.w,
        height,
        boxSizing: 'border-box',
        padding: `0 ${12 * camera.zoom}px`,
        border: 'none',
        outline: '2px solid #2563eb',
        font: `bold ${15 * camera.zoom}px ${FONT_FAMILY}`,
        background: '#fff',
        color: '#1f2937',
        zIndex: 2,
      }}
    />
  );
}
