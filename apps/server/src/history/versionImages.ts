/**
 * The pictures the stored versions of a board show (images/collectImages.ts's `referencedElsewhere`):
 * an image only an older version shows is kept, so restoring that version brings its pictures back.
 * Each version notes its pictures when it is taken (CheckpointInfo.images), so the hourly collection
 * reads a list, not whole boards. Versions stored before that are decoded, each apart, with a turn
 * of the event loop between two, so a board with many versions never stalls the server for long.
 */
import { referencedImageHashes, type Snapshot } from '@parcours/journey';
import * as Y from 'yjs';
import type { ReferencedElsewhere } from '../images/collectImages';
import type { CheckpointStore } from '../storage/checkpoints';

/** The hashes of the pictures a version's cards show, sorted (what its checkpoint notes). */
export function imagesOfSnapshot(snapshot: Snapshot): string[] {
  const hashes = new Set<string>();
  for (const card of Object.values(snapshot.cards)) if (card.image) hashes.add(card.image.hash);
  return [...hashes].sort();
}

export function imagesInVersions(checkpoints: CheckpointStore): ReferencedElsewhere {
  return async (boardId) => {
    const hashes = new Set<string>();
    for (const info of await checkpoints.list(boardId)) {
      if (info.images) {
        for (const hash of info.images) hashes.add(hash);
        continue;
      }
      const version = await checkpoints.get(boardId, info.id);
      if (!version) continue;
      const doc = new Y.Doc({ gc: true });
      try {
        Y.applyUpdate(doc, version.state);
        for (const hash of referencedImageHashes(doc)) hashes.add(hash);
      } finally {
        doc.destroy();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return hashes;
  };
}
