/**
 * When this participant last looked at a board's comments, per board and participant, on this
 * device (localStorage, never sent): comments after it are unread, mentions after it are "new".
 */
const KEY = 'parcours.commentsSeen';

type Seen = Record<string, number>;

function load(storage: Storage): Seen {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Seen) : {};
  } catch {
    return {};
  }
}

const keyOf = (boardId: string, participantId: string) => `${boardId}:${participantId}`;

/** 0 for a board never seen: every comment by someone else is new. */
export function lastSeen(boardId: string, participantId: string, storage: Storage = localStorage): number {
  const value = load(storage)[keyOf(boardId, participantId)];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function markSeen(boardId: string, participantId: string, at: number, storage: Storage = localStorage): void {
  const all = load(storage);
  all[keyOf(boardId, participantId)] = Math.max(at, all[keyOf(boardId, participantId)] ?? 0);
  // Bounded: the 200 most recent boards.
  const entries = Object.entries(all)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 200);
  storage.setItem(KEY, JSON.stringify(Object.fromEntries(entries)));
}
