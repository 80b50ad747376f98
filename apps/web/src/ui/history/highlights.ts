import { type BoardDiff, diffBoards, type Snapshot, toVisibleSnapshot } from '@parcours/journey';
import { useMemo } from 'react';
import { useBoardStore } from '../../store/boardStore';
import { useHistoryStore } from './historyStore';

export type ChangeKind = 'added' | 'removed' | 'moved' | 'edited';

/** What changed from the compared version to the board as it is now (recomputed as the board changes). */
export function useCompareDiff(): BoardDiff | null {
  const compare = useHistoryStore((s) => s.compare);
  const live = useBoardStore((s) => s.live);
  const participantId = useBoardStore((s) => s.participant?.id ?? null);
  return useMemo(() => {
    if (!compare || !live) return null;
    // Others' private cards are no more counted here than they are drawn (facilitation/privateMode).
    const visible = (snapshot: Snapshot) => (participantId ? toVisibleSnapshot(snapshot, participantId) : snapshot);
    return diffBoards(visible(compare.snapshot), visible(live));
  }, [compare, live, participantId]);
}

/**
 * The cards to outline on the canvas: on the live board, those added, moved or edited since the
 * compared version; on that version's preview, those removed (and moved or edited) since.
 */
export function useChangeHighlights(): ReadonlyMap<string, ChangeKind> | null {
  const diff = useCompareDiff();
  const previewing = useBoardStore((s) => s.preview !== null);
  return useMemo(() => {
    if (!diff) return null;
    const out = new Map<string, ChangeKind>();
    for (const id of diff.cards.edited) out.set(id, 'edited');
    for (const id of diff.cards.moved) out.set(id, 'moved');
    for (const id of previewing ? diff.cards.removed : diff.cards.added) out.set(id, previewing ? 'removed' : 'added');
    return out;
  }, [diff, previewing]);
}
