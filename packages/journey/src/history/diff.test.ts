import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAction, updateAction } from '../commands/actions';
import { addCard, moveCard, removeCards, setCardText } from '../commands/cards';
import { setEmotion } from '../commands/emotions';
import { removePhase, renamePhase } from '../commands/phases';
import { toSnapshot } from '../read/toSnapshot';
import { applyOps, seededBoard, seededCell } from '../testing/boards';
import { opArbitrary } from '../testing/randomOps';
import { diffBoards, isEmptyDiff } from './diff';
import { restoreBoard } from './restore';

function board() {
  const { doc, journeyId, ids } = seededBoard({
    touch: { kind: 'touchpoint', text: 'Site' },
    other: { kind: 'note', text: 'Note', phase: 'b' },
    gone: { kind: 'irritant', text: 'Lent', phase: 'b', channel: 'b' },
  });
  const { touch, other, gone } = ids;
  setEmotion(doc, { cardId: touch, emotion: 1 });
  const action = addAction(doc, { journeyId, title: 'Accélérer', cardIds: [gone], impact: 4, effort: 2 });
  return { doc, journeyId, touch, other, gone, action };
}

describe('diffBoards', () => {
  it('lists cards added, removed, moved and edited, and says what changed in journey terms', () => {
    const { doc, journeyId, touch, other, gone, action } = board();
    const before = toSnapshot(doc);
    const added = addCard(doc, { journeyId, kind: 'irritant', text: 'Attente', cell: seededCell('a', 'b') });
    addCard(doc, { journeyId, kind: 'irritant', text: 'Prix', cell: seededCell('a', 'a') });
    removeCards(doc, { cardIds: [gone] });
    moveCard(doc, { cardId: other, to: seededCell('a', 'b') });
    setCardText(doc, { cardId: touch, text: 'Site web' });
    setEmotion(doc, { cardId: touch, emotion: -1 });
    renamePhase(doc, { phaseId: 'phase-a', name: 'Découverte' });
    updateAction(doc, { actionId: action, status: 'done' });
    const diff = diffBoards(before, toSnapshot(doc));
    expect(diff.cards.added).toContain(added);
    expect(diff.cards.added).toHaveLength(2);
    expect(diff.cards.removed).toEqual([gone]);
    expect(diff.cards.moved).toEqual([other]);
    expect(diff.cards.edited).toEqual([touch]);
    expect(diff.summary.irritantsAdded).toEqual([{ journeyId, phaseId: 'phase-a', phaseName: 'Découverte', count: 2 }]);
    expect(diff.summary.irritantsRemoved).toEqual([{ journeyId, phaseId: 'phase-b', phaseName: 'Achat', count: 1 }]);
    expect(diff.summary.emotion).toEqual([
      { journeyId, phaseId: 'phase-a', phaseName: 'Découverte', before: 1, after: -1 },
    ]);
    expect(diff.summary.actionsDone).toBe(1);
    expect(diff.summary.phasesRenamed).toEqual([
      { journeyId, phaseId: 'phase-a', from: 'Recherche', to: 'Découverte' },
    ]);
  });

  it('reports a removed phase with the number of cards it held', () => {
    const { doc, journeyId } = board();
    const before = toSnapshot(doc);
    removePhase(doc, { phaseId: 'phase-b' });
    const diff = diffBoards(before, toSnapshot(doc));
    expect(diff.summary.phasesRemoved).toEqual([{ journeyId, phaseId: 'phase-b', name: 'Achat', cards: 2 }]);
    // Its cards went to the tray: moved, not removed.
    expect(diff.cards.moved).toHaveLength(2);
    expect(diff.cards.removed).toEqual([]);
  });

  it('finds nothing between a board and itself, and nothing after restoring a version (property)', () => {
    fc.assert(
      fc.property(
        fc.array(opArbitrary, { maxLength: 25 }),
        fc.array(opArbitrary, { maxLength: 25 }),
        (first, later) => {
          const { doc, journeyId } = seededBoard({});
          applyOps(doc, journeyId, first, 'p1');
          const version = toSnapshot(doc);
          expect(isEmptyDiff(diffBoards(version, toSnapshot(doc)).summary)).toBe(true);
          applyOps(doc, journeyId, later, 'p2');
          const edited = toSnapshot(doc);
          const forward = diffBoards(version, edited);
          const backward = diffBoards(edited, version);
          expect(new Set(forward.cards.added)).toEqual(new Set(backward.cards.removed));
          expect(new Set(forward.cards.edited)).toEqual(new Set(backward.cards.edited));
          restoreBoard(doc, version);
          expect(isEmptyDiff(diffBoards(version, toSnapshot(doc)).summary)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
