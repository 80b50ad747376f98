export {
  type AdversarialCase,
  type AdversarialKind,
  adversarialArbitrary,
  deepNesting,
  encodeRawUpdate,
  manyClients,
  manyDeletes,
  originWalk,
  type RawItem,
  type Ref,
  wrongShape,
} from './adversarialUpdates';
export { idArbitrary, journeyMapArbitrary, textArbitrary } from './arbitraries';
export { applyOps, type SeededCard, seededBoard, seededCell } from './boards';
export { deliverableFixture, hostileText, type OneChannelCard, oneChannelMap } from './deliverableFixture';
export { type LargeBoardInput, largeBoard } from './largeBoard';
export {
  applyOp,
  brokenInvariants,
  commentOpArbitrary,
  type Op,
  opArbitrary,
  opWithCommentsArbitrary,
  seedJourney,
  testAuthor,
} from './randomOps';
export { DEFAULT_TEST_SEED, replayCommand, testSeed } from './seed';
export { cloneDoc, REMOTE, SyncedDocs } from './syncedDocs';
export { updateDuring, updateOnCopy, updatesDuring } from './updates';
