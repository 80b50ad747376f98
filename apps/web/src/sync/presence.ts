import type { Awareness } from 'y-protocols/awareness';
import type { Participant, Peer, Point } from '../store/boardStore';
import { toPlainColor } from '../store/participantIdentity';

/** The awareness state every Parcours client publishes; the canvas draws peers' cursors and selections. */
export interface PresenceState {
  user: Participant;
  cursor?: Point | null;
  selection?: string[];
}

/** At most ~20 cursor updates a second: smooth enough to follow, light on the relay. */
const CURSOR_INTERVAL_MS = 50;

export interface Presence {
  setUser(user: Participant): void;
  setCursor(point: Point | null): void;
  setSelection(ids: readonly string[]): void;
  destroy(): void;
}

export function createPresence(awareness: Awareness, user: Participant): Presence {
  awareness.setLocalState({ user, cursor: null, selection: [] } satisfies PresenceState);
  let pending: Point | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = 0;

  const flush = () => {
    timer = null;
    if (pending === undefined) return;
    lastSent = Date.now();
    awareness.setLocalStateField('cursor', pending);
    pending = undefined;
  };

  return {
    setUser(next) {
      awareness.setLocalStateField('user', next);
    },
    setCursor(point) {
      pending = point ? { x: Math.round(point.x), y: Math.round(point.y) } : null;
      const wait = CURSOR_INTERVAL_MS - (Date.now() - lastSent);
      if (wait <= 0 && !timer) flush();
      else if (!timer) timer = setTimeout(flush, Math.max(0, wait));
    },
    setSelection(ids) {
      awareness.setLocalStateField('selection', [...ids]);
    },
    destroy() {
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * Other participants with a valid user, one entry per client (a person with two tabs shows twice).
 * Their states are whatever their clients sent: the colour is checked here, before any style sees it.
 */
export function toPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const s = state as Partial<PresenceState>;
    const user = s.user;
    if (!user || typeof user.id !== 'string' || typeof user.name !== 'string' || typeof user.color !== 'string')
      continue;
    const cursor =
      s.cursor && Number.isFinite(s.cursor.x) && Number.isFinite(s.cursor.y) ? { x: s.cursor.x, y: s.cursor.y } : null;
    const selection = Array.isArray(s.selection) ? s.selection.filter((id) => typeof id === 'string') : [];
    peers.push({
      clientId,
      user: { id: user.id, name: user.name, color: toPlainColor(user.color) },
      cursor,
      selection,
    });
  }
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}
