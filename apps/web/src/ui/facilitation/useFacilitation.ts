import { EMPTY_SESSION, type Session } from '@parcours/journey';
import { useEffect, useState } from 'react';
import { type BoardState, useBoardStore } from '../../store/boardStore';

/**
 * Small readings of the facilitation session for the UI. The session lives in the doc
 * (snapshot.session); the role comes with the token. The server enforces the same rules, so these
 * only keep participants from trying what would be refused.
 */

export function useIsFacilitator(): boolean {
  return useBoardStore((s) => s.role === 'facilitator');
}

export function useSession(): Session {
  return useBoardStore((s) => s.snapshot?.session ?? EMPTY_SESSION);
}

/** True when this participant may not change personas, journeys, phases or channels right now. */
export function isStructureLockedFor(state: Pick<BoardState, 'role' | 'snapshot'>): boolean {
  return state.role !== 'facilitator' && state.snapshot?.session.structureLocked === true;
}

/** The structure lock as it applies to me (always false for the facilitator). */
export function useStructureLocked(): boolean {
  return useBoardStore(isStructureLockedFor);
}

/** The current time, re-read every `intervalMs` while `active` (a countdown), else frozen. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}

/** mm:ss (or h:mm:ss) for a countdown, rounding up so 0:00 shows only at the end. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
