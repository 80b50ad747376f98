/**
 * Where pasted or dropped image files go on the map: onto a card (its picture), or as new image
 * cards into a cell or the tray.
 */

import type { Point } from '../canvas/geometry';
import { hitTest } from '../canvas/hitTest';
import type { BoardLayout } from '../canvas/layout';
import { addImage, type ImageTarget } from './addImage';

/**
 * A drop: the card under the pointer, else its cell or the tray. A paste: the one selected card,
 * else the same as a drop at the pointer, else the tray. Null outside cells and tray (a drop there does nothing).
 */
export function imageTargetAt(
  layout: BoardLayout,
  point: Point | null,
  selection: ReadonlySet<string> = new Set(),
  paste = false,
): ImageTarget | null {
  if (paste && selection.size === 1) return { cardId: [...selection][0]! };
  const hit = point ? hitTest(layout, point) : null;
  if (hit?.type === 'card') return { cardId: hit.cardId };
  if (hit?.type === 'container') return { cell: hit.container.cell };
  return paste ? { cell: null } : null;
}

/** The first file onto the target; when the target is a card, the next ones become image cards beside it. */
export async function placeImages(files: readonly File[], target: ImageTarget, cellOfCard: ImageTarget): Promise<void> {
  const [first, ...rest] = files;
  if (!first) return;
  await addImage(first, target);
  for (const file of rest) await addImage(file, 'cardId' in target ? cellOfCard : target);
}
