import type * as Y from 'yjs';
import type { Snapshot } from '../types';
import { SnapshotReader } from './snapshotReader';

/** The whole board as plain, readonly, JSON-friendly records. */
export function toSnapshot(doc: Y.Doc): Snapshot {
  return new SnapshotReader(doc).read();
}
