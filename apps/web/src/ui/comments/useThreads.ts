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

/** Open threads per card, header or persona id: the badges. */
export function useOpenCounts(): ReadonlyMap<string, number> {
  const threads = useThreads();
  return useMemo(() => openThreadCounts(threads), [threads]);
}
