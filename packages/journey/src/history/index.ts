export {
  type BoardDiff,
  type CardChanges,
  type DiffSummary,
  diffBoards,
  type EmotionChange,
  isEmptyDiff,
  type PhaseCount,
  type PhaseRef,
  type PhaseRename,
} from './diff';
export { boardDiffSchema, diffSummarySchema } from './diffSchema';
export { type RestoreCardsInput, restoreBoard, restoreCards, restoreJourney } from './restore';
