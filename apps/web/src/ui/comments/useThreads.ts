import { type CommentThread, openThreadCounts, toThreads } from '@parcours/journey';
import { useMemo } from 'react';
import { useBoardStore } from '../../store/boardStore';

const NONE: readonly CommentThread[] = [];

/** Every thread of the board, recomputed only when comments or the records they sit on change. */
export function useThreads(): readonly CommentThread[] {
  const comments = useBoardStore((s) => s.snapshot?.comments);
  const cards = useBoardStore((s) => s.snapshot?.cards);
  const phases = useBoardStore((s) => s.snapshot?.phases);
  const channels = useBoardStore((s) => s.snapshot?.channels);
  const personas = useBoardStore((s) => s.snapshot?.personas);
  const journeys = useBoardStore((s) => s.snapshot?.journeys);
  return useMemo(
    () =>
      comments && cards && phases && channels && personas && journeys
        ? toThreads({ comments, cards, phases, channels, personas, journeys })
        : NONE,
    [comments, cards, phases, channels, personas, journeys],
  );
}

/** Each card's threads (the table view's column). */
export function useThreadsByCard(): ReadonlyMap<string, readonly CommentThread[]> {
  const threads = useThreads();
  return useMemo(() => {
    const byCard = new Map<string, CommentThread[]>();
    for (const thread of threads) {
      if (thread.anchor.kind !== 'card') continue;
      const list = byCard.get(thread.anchor.id);
      if (list) list.push(thread);
      else byCard.set(thread.anchor.id, [thread]);
    }
    return byCard;
  }, [threads]);
}

/** Open threads per card, header or persona id: the badges. */
export function useOpenCounts(): ReadonlyMap<string, number> {
  const threads = useThreads();
  return useMemo(() => openThreadCounts(threads), [threads]);
}
