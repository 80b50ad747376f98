import { removeChannel, removePhase } from '@parcours/journey';
import type * as Y from 'yjs';
import type { Hit } from './hitTest';
import type { BoardLayout } from './layout';
import type { CanvasStrings } from './useCanvasStrings';

/** The pointer shape that says what a press would do there. */
export function cursorFor(hit: Hit, editable: boolean): string {
  if (!editable) return hit.type === 'card' ? 'pointer' : '';
  switch (hit.type) {
    case 'card':
      return 'grab';
    case 'phaseHeader':
    case 'channelHeader':
      return hit.remove ? 'pointer' : 'grab';
    case 'addPhase':
    case 'addChannel':
      return 'pointer';
    default:
      return '';
  }
}

export function setCursor(el: HTMLElement, cursor: string): void {
  if (el.style.cursor !== cursor) el.style.cursor = cursor;
}

/** HTML on top of the canvas (editors, zoom buttons, minimap) handles its own pointer events. */
export function isOverlay(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return true;
  return target instanceof Element && target.closest('[data-canvas-ui]') !== null;
}

export function confirmRemove(
  kind: 'phase' | 'channel',
  id: string,
  layout: BoardLayout,
  strings: CanvasStrings,
  doc: Y.Doc,
): void {
  const name =
    kind === 'phase'
      ? layout.columns.find((c) => c.phase.id === id)?.phase.name
      : layout.rows.find((r) => r.channel.id === id)?.channel.name;
  const question = strings(kind === 'phase' ? 'confirmRemovePhase' : 'confirmRemoveChannel', { name: name ?? '' });
  if (!window.confirm(question)) return;
  if (kind === 'phase') removePhase(doc, { phaseId: id });
  else removeChannel(doc, { channelId: id });
}
