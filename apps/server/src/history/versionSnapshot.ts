/** A stored board state read as the model's snapshot (diffs, restores, previews). */
import { migrateForReading, type Snapshot, toSnapshot } from '@parcours/journey';
import * as Y from 'yjs';

export function snapshotOfState(state: Uint8Array): Snapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    // In memory only, as every read of a stored board (relay/rooms.ts).
    migrateForReading(doc);
    return toSnapshot(doc);
  } finally {
    doc.destroy();
  }
}
