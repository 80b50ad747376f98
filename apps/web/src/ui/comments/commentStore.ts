import type { CommentAnchor } from '@parcours/journey';
import { create } from 'zustand';

export type ThreadFilter = 'open' | 'resolved' | 'mine' | 'mentions';

/** Local, per-device comment UI state (never synced). */
export interface CommentUiState {
  readonly panelOpen: boolean;
  readonly filter: ThreadFilter;
  /** The thread to show expanded (after a jump from the panel). */
  readonly focusThread: string | null;
  /** Where a new thread goes from the panel (headers and personas: cards use their panel). */
  readonly draftAnchor: CommentAnchor | null;
  /** Presentation mode hides comments; the facilitator may show them. */
  readonly showInPresentation: boolean;
  /** What this participant had seen when the board opened: comments after it are new to them. */
  readonly seenBefore: number | null;
  set(values: Partial<Omit<CommentUiState, 'set' | 'reset'>>): void;
  reset(): void;
}

const INITIAL = {
  panelOpen: false,
  filter: 'open' as ThreadFilter,
  focusThread: null,
  draftAnchor: null,
  showInPresentation: false,
  seenBefore: null,
};

export const useCommentStore = create<CommentUiState>()((set) => ({
  ...INITIAL,
  set: (values) => set(values),
  reset: () => set(INITIAL),
}));
