import { create } from 'zustand';

/** The ways to look at the current journey: the map is the canvas, the others are HTML views over it. */
export type ViewKind = 'map' | 'table' | 'linear' | 'compare';
export const VIEW_KINDS: readonly ViewKind[] = ['map', 'table', 'linear', 'compare'];

/** Local UI state (not shared: each participant looks at the journey the way they like). */
export interface ViewState {
  readonly view: ViewKind;
  setView(view: ViewKind): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  view: 'map',
  setView: (view) => set({ view }),
}));
