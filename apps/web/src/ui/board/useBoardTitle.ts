import { useEffect } from 'react';
import { useBoardStore } from '../../store/boardStore';

/** The browser tab names the board open in this page ("Atelier · Parcours"), and "Parcours" again once it is left. */
export function useBoardTitle(): void {
  const title = useBoardStore((s) => s.snapshot?.board.title);
  useEffect(() => {
    document.title = title ? `${title} · Parcours` : 'Parcours';
    return () => {
      document.title = 'Parcours';
    };
  }, [title]);
}
