import { useBoardStore } from '../store/boardStore';

/**
 * A read-only window into the client state for end-to-end tests: tests drive the app through the
 * real UI and read what the board holds here. It writes nothing, and exists only in the build made
 * for the browser tests (`vite build --mode e2e`, the `__PARCOURS_TEST_HOOKS__` flag).
 */
export interface ParcoursProbe {
  snapshot(): unknown;
  state(): {
    boardId: string | null;
    role: string;
    connection: string;
    unsynced: number;
    journeyId: string | null;
    selection: string[];
    activeCell: unknown;
    peers: unknown[];
    error: string | null;
  };
}

/** Installs the probe on a board page; returns its removal. */
export function installProbe(target: Window & { __parcours?: ParcoursProbe }): () => void {
  target.__parcours = {
    snapshot: () => useBoardStore.getState().snapshot,
    state: () => {
      const s = useBoardStore.getState();
      return {
        boardId: s.boardId,
        role: s.role,
        connection: s.connection,
        unsynced: s.unsynced,
        journeyId: s.journeyId,
        selection: [...s.selection],
        activeCell: s.activeCell,
        peers: [...s.peers],
        error: s.error,
      };
    },
  };
  return () => {
    delete target.__parcours;
  };
}
