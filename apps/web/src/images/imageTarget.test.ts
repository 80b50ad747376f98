import { addCard, createBoardDoc, orderedJourneys, toJourneyView, toSnapshot } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { layoutBoard, PITCH_X, PITCH_Y } from '../canvas/layout';
import { fitInside } from './canvasPictures';
import { imageTargetAt } from './imageTarget';

function board() {
  const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8', title: 'Atelier' });
  const journeyId = orderedJourneys(toSnapshot(doc))[0]!.id;
  const snapshot = toSnapshot(doc);
  const cell = snapshot.cards[Object.keys(snapshot.cards)[0]!]!;
  const cardId = addCard(doc, {
    journeyId,
    kind: 'touchpoint',
    text: 'Paiement',
    cell: { phaseId: cell.phaseId!, channelId: cell.channelId! },
  });
  const layout = layoutBoard(toJourneyView(toSnapshot(doc), journeyId)!);
  return { layout, cardId };
}

describe('where an image goes', () => {
  it('onto the card under the pointer, else its cell, else the tray; nowhere outside them for a drop', () => {
    const { layout, cardId } = board();
    const container = layout.cells.find((c) => c.cards.some((k) => k.id === cardId))!;
    const index = container.cards.findIndex((k) => k.id === cardId);
    const cols = container.cols;
    const onCard = {
      x: container.inner.x + (index % cols) * PITCH_X + 10,
      y: container.inner.y + Math.floor(index / cols) * PITCH_Y + 10,
    };
    expect(imageTargetAt(layout, onCard)).toEqual({ cardId });
    const emptyCell = layout.cells.find((c) => c.cards.length === 0)!;
    const inCell = { x: emptyCell.rect.x + emptyCell.rect.w / 2, y: emptyCell.rect.y + emptyCell.rect.h / 2 };
    expect(imageTargetAt(layout, inCell)).toEqual({ cell: emptyCell.cell });
    const inTray = { x: layout.tray.rect.x + 5, y: layout.tray.rect.y + layout.tray.rect.h - 5 };
    expect(imageTargetAt(layout, inTray)).toEqual({ cell: null });
    expect(imageTargetAt(layout, { x: -10_000, y: -10_000 })).toBeNull();
  });

  it('a paste goes onto the one selected card wherever the pointer is, else to the tray', () => {
    const { layout, cardId } = board();
    expect(imageTargetAt(layout, null, new Set([cardId]), true)).toEqual({ cardId });
    expect(imageTargetAt(layout, null, new Set(), true)).toEqual({ cell: null });
  });

  it('fits a picture inside its box, keeping its proportions, centred', () => {
    expect(fitInside(2000, 1000, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 0, y: 25, w: 100, h: 50 });
    expect(fitInside(500, 1000, { x: 10, y: 10, w: 100, h: 100 })).toEqual({ x: 35, y: 10, w: 50, h: 100 });
  });
});
