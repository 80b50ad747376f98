import * as Y from 'yjs';
import { metaMap, RECORD_KINDS, rootMap } from './doc';
import { LOCAL_ORIGIN } from './origin';

/**
 * A per-user undo manager: it tracks only this user's commands (LOCAL_ORIGIN), so undo never
 * reverts a peer's work. Keystrokes closer than `captureTimeout` ms merge into one step.
 */
export function createUndoManager(doc: Y.Doc, options: { captureTimeout?: number } = {}): Y.UndoManager {
  return new Y.UndoManager([metaMap(doc), ...RECORD_KINDS.map((kind) => rootMap(doc, kind))], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: options.captureTimeout ?? 500,
  });
}
