import { create } from 'zustand';

/**
 * Local, per-device facilitation UI state (never synced): which panels are open, whether this
 * participant follows the facilitator, and the presentation step. The shared state is the doc's session.
 */
export interface FacilitationUiState {
  /** The facilitator's control panel. */
  readonly panelOpen: boolean;
  /** Facilitator: publishing the viewport so participants follow (follow me / presentation). */
  readonly leading: boolean;
  /** Facilitator: presentation mode (full screen, one phase at a time). */
  readonly presenting: boolean;
  readonly phaseIndex: number;
  /** Participant: broke away from the facilitator's view (panned or zoomed); "Rejoin" brings it back. */
  readonly brokeAway: boolean;
  /** The vote whose results this device closed (the panel reopens for the next vote). */
  readonly resultsDismissed: string | null;
  set(values: Partial<Omit<FacilitationUiState, 'set' | 'reset'>>): void;
  reset(): void;
}

const INITIAL = {
  panelOpen: false,
  leading: false,
  presenting: false,
  phaseIndex: 0,
  brokeAway: false,
  resultsDismissed: null,
};

export const useFacilitationStore = create<FacilitationUiState>()((set) => ({
  ...INITIAL,
  set: (values) => set(values),
  reset: () => set(INITIAL),
}));
