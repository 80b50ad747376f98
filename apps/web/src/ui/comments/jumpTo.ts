import type { CommentAnchor } from '@parcours/journey';
import { centerOn } from '../../canvas/camera';
import { cameraOf, useCameraStore } from '../../canvas/cameraStore';
import { cardRectAt, layoutBoard, locateCards } from '../../canvas/layout';
import { useBoardStore } from '../../store/boardStore';

/**
 * Brings a thread's place on screen: switches to its journey, selects its card (its panel shows the
 * thread) and centres the canvas on it; a header is centred, a persona opens its panel.
 */
export function jumpTo(anchor: CommentAnchor): void {
  const store = useBoardStore.getState();
  const snapshot = store.snapshot;
  if (!snapshot) return;
  if (anchor.kind === 'persona') {
    if (snapshot.personas[anchor.id]) store.setPanel('persona');
    return;
  }
  const journeyId =
    anchor.kind === 'card'
      ? snapshot.cards[anchor.id]?.journeyId
      : anchor.kind === 'phase'
        ? snapshot.phases[anchor.id]?.journeyId
        : anchor.kind === 'channel'
          ? snapshot.channels[anchor.id]?.journeyId
          : anchor.journeyId;
  if (!journeyId || !snapshot.journeys[journeyId]) return;
  if (store.journeyId !== journeyId) store.setJourney(journeyId);
  const view = useBoardStore.getState().view;
  if (!view) return;
  const layout = layoutBoard(view);
  let center: { x: number; y: number } | null = null;
  if (anchor.kind === 'card') {
    store.select([anchor.id]);
    const place = locateCards(layout).get(anchor.id);
    if (place) {
      const r = cardRectAt(place.container, place.index);
      center = { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    }
  } else if (anchor.kind === 'phase' || anchor.kind === 'channel') {
    const header =
      anchor.kind === 'phase'
        ? layout.columns.find((c) => c.phase.id === anchor.id)?.header
        : layout.rows.find((r) => r.channel.id === anchor.id)?.header;
    if (header) center = { x: header.x + header.w / 2, y: header.y + header.h / 2 };
  } else center = { x: anchor.x, y: anchor.y };
  const camera = useCameraStore.getState();
  if (center && camera.width > 0) camera.setCamera(centerOn(cameraOf(camera), center, camera.width, camera.height));
}
