// Public API of @parcours/journey. Everything outside this package goes through these exports.

export * from './commands/actions';
export * from './commands/board';
export { type CardPatch, cardPatchSchema } from './commands/cardFields';
export * from './commands/cards';
export * from './commands/channels';
export * from './commands/emotions';
export * from './commands/journeys';
export * from './commands/personas';
export { addPhase, type KpiFields, movePhase, removeKpi, removePhase, renamePhase, setKpi } from './commands/phases';
export * from './commands/votes';
export { newId } from './ids';
export { compareOrder, orderBetween, sortByOrder } from './order';
export { LOCAL_ORIGIN, SYSTEM_ORIGIN } from './origin';
export * from './read/derive/emotionCurve';
export * from './read/derive/irritants';
export * from './read/derive/kpiGaps';
export * from './read/derive/quickWins';
export * from './read/journeyView';
export { observeSnapshot } from './read/observeSnapshot';
export { readBoard } from './read/snapshotReader';
export { toSnapshot } from './read/toSnapshot';
export * from './types';
export { createUndoManager } from './undo';
