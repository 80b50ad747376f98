import { create } from 'zustand';

export type PlanTab = 'matrix' | 'table';

/** Local UI state of the action plan view (not shared: each participant looks where they like). */
export interface PlanState {
  readonly open: boolean;
  readonly tab: PlanTab;
  readonly surveyOpen: boolean;
  setOpen(open: boolean): void;
  setTab(tab: PlanTab): void;
  setSurveyOpen(open: boolean): void;
}

export const usePlanStore = create<PlanState>()((set) => ({
  open: false,
  tab: 'matrix',
  surveyOpen: false,
  setOpen: (open) => set({ open }),
  setTab: (tab) => set({ tab }),
  setSurveyOpen: (surveyOpen) => set({ surveyOpen }),
}));
