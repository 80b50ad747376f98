export { idArbitrary, journeyMapArbitrary, textArbitrary } from './arbitraries';
export { applyOp, brokenInvariants, type Op, opArbitrary, seedJourney } from './randomOps';
export { cloneDoc, REMOTE, SyncedDocs } from './syncedDocs';
