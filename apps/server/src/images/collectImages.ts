/**
 * Unused-image collection. An image goes once nothing references it: not the live board (its
 * cards' `image` keys, @parcours/journey referencedImageHashes) and not what `referencedElsewhere`
 * says (the hook for stored versions of the board: a checkpoint that shows a picture keeps it),
 * and only when it is older than the grace period: an upload lands before the card that shows
 * it, and an undo or an offline peer may bring a removed picture back.
 */
import { referencedImageHashes } from '@parcours/journey';
import type { Rooms } from '../relay/rooms';
import type { ImageStore } from './imageStore';

/** Hashes a board's other versions (history checkpoints) still show; none by default. */
export type ReferencedElsewhere = (boardId: string) => Promise<ReadonlySet<string>>;

export interface CollectOptions {
  readonly images: ImageStore;
  readonly rooms: Rooms;
  readonly graceMs: number;
  readonly referencedElsewhere?: ReferencedElsewhere;
  readonly now?: () => number;
}

/** Removes the board's unreferenced images older than the grace period; resolves with how many went. */
export async function collectUnusedImages(options: CollectOptions, boardId: string): Promise<number> {
  const now = options.now?.() ?? Date.now();
  const stored = await options.images.list(boardId);
  const old = stored.filter((image) => now - image.createdAt.getTime() >= options.graceMs);
  if (old.length === 0) return 0;
  const live = await options.rooms.read(boardId, referencedImageHashes);
  // No board (deleted): every image of it is unused.
  const inUse = new Set(live ?? []);
  for (const hash of (await options.referencedElsewhere?.(boardId)) ?? []) inUse.add(hash);
  const unused = old.filter((image) => !inUse.has(image.hash)).map((image) => image.hash);
  return unused.length === 0 ? 0 : options.images.remove(boardId, unused);
}

/** Collects every board that has images, one after the other; a failing board does not stop the rest. */
export async function collectAllImages(options: CollectOptions, onError: (err: unknown) => void): Promise<number> {
  let removed = 0;
  for (const boardId of await options.images.boards()) {
    try {
      removed += await collectUnusedImages(options, boardId);
    } catch (err) {
      onError(err);
    }
  }
  return removed;
}
