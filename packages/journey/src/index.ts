// Public API of @parcours/journey. Everything outside this package goes through these exports.

export * from './blueprint/lanes';
export * from './commands/actions';
export * from './commands/board';
export { type CardPatch, cardPatchSchema } from './commands/cardFields';
export * from './commands/cards';
export * from './commands/channels';
export * from './commands/emotions';
export * from './commands/journeys';
export * from './commands/lanes';
export * from './commands/personas';
export { addPhase, type KpiFields, movePhase, removeKpi, removePhase, renamePhase, setKpi } from './commands/phases';
export * from './commands/votes';
export * from './comments/index';
export { type CanvasFactory, type CanvasLike, type Context2DLike, toPngBytes } from './export/canvas';
export {
  DOCUMENT_LABELS,
  type DocumentLabels,
  formatAmount,
  formatEmotion,
  formatNumber,
} from './export/document/labels';
export { cutRows, type MapTile, tileMap } from './export/document/mapTiles';
export { type JourneyOutline, outlineJourney, pickJourney, UnknownJourneyError } from './export/document/outline';
export { type DocumentOptions, toMarkdown } from './export/document/toMarkdown';
export { MERMAID_TASK_LENGTH, type MermaidOptions, toMermaid } from './export/document/toMermaid';
export { type BlueprintLabels, drawBlueprint } from './export/drawBlueprint';
export {
  cardHeightFor,
  cardTextWidth,
  drawCards,
  drawGrid,
  type PictureSource,
} from './export/drawCards';
export { drawLane } from './export/drawLane';
export { cardEmotion, phaseEmotions } from './export/emotion';
export { fromPng, readMapFromPng } from './export/fromPng';
export { LAYOUT as PNG_LAYOUT, layoutMap, type MapLayout } from './export/layout';
export { readPngText, withPngText } from './export/pngText';
export { kpiSummary, PNG_MAP_KEYWORD, pngLayout, type RenderPngOptions, renderPng } from './export/renderPng';
export { type ChangeTarget, changedTargets } from './facilitation/changedTargets';
export { forbiddenChanges } from './facilitation/forbiddenChanges';
export { lockStructure, STRUCTURE_KINDS } from './facilitation/lock';
export * from './facilitation/presence';
export * from './facilitation/privateMode';
export * from './facilitation/ratingRound';
export * from './facilitation/roles';
export * from './facilitation/timer';
export * from './facilitation/voting';
export { type FormatIssue, JourneyFormatError } from './format/errors';
export { fromJson } from './format/fromJson';
export { jsonTooDeep, MAX_JSON_DEPTH } from './format/jsonDepth';
export { LIMITS as JOURNEY_MAP_LIMITS } from './format/limits';
export { parseJourneyMap } from './format/parseJourneyMap';
export { toJson } from './format/toJson';
export * from './history/index';
export { newId } from './ids';
export * from './images/imageRef';
export {
  type MigrationResult,
  migrate,
  migrateForReading,
  NewerDocError,
  readSchemaVersion,
  SCHEMA_VERSION,
} from './migrations/index';
export { compareOrder, orderBetween, sortByOrder } from './order';
export { LOCAL_ORIGIN, SYSTEM_ORIGIN } from './origin';
export { BOARD_COLORS, emotionColor, KIND_COLORS } from './palette';
export { createActionFromCards, createActionsPerCard } from './plan/createActionFromCards';
export { type CsvSeparator, toCsv, toCsvCell } from './plan/csv';
export { type PlanCsvOptions, QUADRANT_LABELS, toPlanCsv } from './plan/toPlanCsv';
export { type PlanRow, toPlanRows } from './plan/toPlanRows';
export { changedRecords } from './read/changedRecords';
export * from './read/derive/emotionCurve';
export * from './read/derive/irritants';
export * from './read/derive/kpiGaps';
export * from './read/derive/quickWins';
export * from './read/journeyView';
export { findMalformed, type Malformed } from './read/malformed';
export { observeSnapshot } from './read/observeSnapshot';
export { readBoard } from './read/snapshotReader';
export { toSnapshot } from './read/toSnapshot';
export {
  type ActionJson,
  type CardJson,
  type ChannelJson,
  JOURNEY_MAP_FORMAT,
  JOURNEY_MAP_VERSION,
  type JourneyJson,
  type JourneyMapJson,
  journeyMapSchema,
  type KpiJson,
  type PersonaJson,
  type PhaseJson,
} from './schema';
export { EMPTY_SESSION, readSession } from './session';
export { applySurvey, SurveyApplyError, type SurveyApplyProblem } from './survey/applySurvey';
export { csatOf, meanOf, npsOf, toNumber } from './survey/metrics';
export * from './survey/parseCsv';
export { type PhaseFigures, phaseFigures } from './survey/phaseFigures';
export * from './survey/previewSurvey';
export { createBoardDoc, type NewBoard } from './templates/createBoardDoc';
export { getTemplate, listTemplates, TEMPLATE_IDS, type Template } from './templates/index';
export { wrapText } from './text/wrapText';
export {
  type CheckOptions,
  checkUpdate,
  UPDATE_LIMITS,
  type UpdateCheck,
  type UpdateLimits,
} from './trust/checkUpdate';
export * from './types';
export { createUndoManager } from './undo';
