import type { BoardRole } from '@parcours/journey';

/** Boards opened on this device, newest first, kept in localStorage (never sent anywhere). */
export interface RecentBoard {
  readonly id: string;
  readonly title: string;
  /** The strongest token this device has opened the board with: what the list reopens. */
  readonly token: string;
  readonly role: BoardRole;
  readonly lastOpened: number;
  /** The links this device may share (from the create response or the server's /access answer). */
  readonly editToken?: string;
  readonly viewToken?: string;
  readonly commentToken?: string;
}

const RANK: Record<BoardRole, number> = { view: 0, comment: 1, edit: 2, facilitator: 3 };

const KEY = 'parcours.recentBoards';
const MAX = 50;

export function loadRecentBoards(storage: Storage = localStorage): RecentBoard[] {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (b): b is RecentBoard =>
          typeof b === 'object' && b !== null && typeof b.id === 'string' && typeof b.token === 'string',
      )
      .sort((a, b) => b.lastOpened - a.lastOpened);
  } catch {
    return [];
  }
}

/** Adds or refreshes a board; fields already known (the shareable tokens, a stronger role) are kept. */
export function rememberBoard(
  board: Partial<RecentBoard> & Pick<RecentBoard, 'id'>,
  storage: Storage = localStorage,
): RecentBoard[] {
  const all = loadRecentBoards(storage);
  const before = all.find((b) => b.id === board.id);
  const update = Object.fromEntries(Object.entries(board).filter(([, v]) => v !== undefined)) as {
    -readonly [K in keyof RecentBoard]?: RecentBoard[K];
  };
  // Opening a weaker link (the edit or view link the facilitator shares) must not lose the way back
  // to the stronger role: the list keeps the strongest token seen on this device.
  if (before?.token && update.token && update.token !== before.token) {
    const weaker = update.role === undefined || RANK[update.role] < RANK[before.role];
    if (weaker) {
      delete update.token;
      delete update.role;
    }
  }
  const merged: RecentBoard = {
    title: '',
    token: '',
    role: 'view',
    ...before,
    ...update,
    id: board.id,
    lastOpened: board.lastOpened ?? Date.now(),
  };
  const next = [merged, ...all.filter((b) => b.id !== board.id)].slice(0, MAX);
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function forgetBoard(id: string, storage: Storage = localStorage): RecentBoard[] {
  const next = loadRecentBoards(storage).filter((b) => b.id !== id);
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function findRecentBoard(id: string, storage: Storage = localStorage): RecentBoard | undefined {
  return loadRecentBoards(storage).find((b) => b.id === id);
}
