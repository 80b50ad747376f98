/**
 * When the server refuses one of this participant's updates (close code 4403: a change only the
 * facilitator may make, typically made offline while the facilitator locked the board; 4413: a
 * change that would take the board past the server's size limit), Yjs cannot
 * take that change back, and every later update depends on it: this copy of the board can never
 * sync again. So the local copy (IndexedDB) is dropped and the page reloads the board as stored,
 * saying once it is back what was refused (a change, an undo, a redo) and why, in a message that
 * stays until closed (the reload can take longer than a passing toast). A second refusal right after a reload is not retried: the error page
 * shows instead, rather than a reload loop.
 */
const KEY = 'parcours.refusal';
/** The server's reason when it refuses an update that would take the board past its size limit (4413). */
export const BOARD_FULL_REASON = 'board is full';
/** A refusal this soon after the last one means reloading does not help. */
const LOOP_MS = 15_000;

/** What this participant did last before the refusal: the message names it. */
export type RefusedAction = 'change' | 'undo' | 'redo';

/** Why, in the participant's terms (from the server's `forbidden: <reasons>`, relay/facilitation.ts). */
export type RefusalCause = 'structure' | 'session' | 'private' | 'full' | 'comment' | 'other';

export interface RefusalNotice {
  readonly action: RefusedAction;
  readonly cause: RefusalCause;
}

interface Refusal {
  readonly boardId: string;
  readonly reason: string;
  readonly action?: RefusedAction;
  readonly at: number;
  readonly shown: boolean;
}

export function causeOf(reason: string): RefusalCause {
  // 4413 from a server that limits a board's size (its reason is exactly this).
  if (reason === 'board is full') return 'full';
  if (reason.includes('structure is locked')) return 'structure';
  if (reason.includes('reveals private')) return 'private';
  if (reason.includes('session')) return 'session';
  // Comments (@parcours/journey comments/rights.ts): another's comment, or a comment link writing anything else.
  if (/comment|author/.test(reason)) return 'comment';
  return 'other';
}

function read(storage: Storage): Refusal | null {
  try {
    return JSON.parse(storage.getItem(KEY) ?? 'null') as Refusal | null;
  } catch {
    return null;
  }
}

/**
 * Records the refusal, forgets this board's local copy and reloads. Returns false (and does
 * nothing) when the last refusal of this board was moments ago: the caller shows an error instead.
 */
export function recoverFromRefusal(
  boardId: string,
  reason: string,
  clearLocalCopy: () => Promise<void>,
  {
    storage = sessionStorage,
    now = Date.now(),
    reload = () => window.location.reload(),
    action = 'change' as RefusedAction,
  } = {},
): boolean {
  const last = read(storage);
  if (last && last.boardId === boardId && now - last.at < LOOP_MS) return false;
  storage.setItem(KEY, JSON.stringify({ boardId, reason, action, at: now, shown: false } satisfies Refusal));
  clearLocalCopy()
    .catch(() => {}) // the reload still brings the stored board; a stale local copy resyncs or is refused again
    .finally(reload);
  return true;
}

/** The refusal to explain on this board's page after the reload, once. */
export function takeRefusalNotice(boardId: string, storage: Storage = sessionStorage): RefusalNotice | null {
  const last = read(storage);
  if (!last || last.boardId !== boardId || last.shown) return null;
  storage.setItem(KEY, JSON.stringify({ ...last, shown: true }));
  return { action: last.action ?? 'change', cause: causeOf(String(last.reason)) };
}
