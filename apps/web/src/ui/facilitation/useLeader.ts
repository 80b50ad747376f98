import { type FacilitatorPresence, toFacilitatorPresence } from '@parcours/journey';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useBoardStore } from '../../store/boardStore';

/** Who leads, read from awareness alone: the canvas follows it (useFollow.ts), the phone view shows its phase. */
export function useAwareness(): Awareness | null {
  return useBoardStore((s) => s.session?.awareness ?? null);
}

/** The facilitator presence that is presenting, if any (the lowest client id when several lead). */
export function useLeader(): FacilitatorPresence | null {
  const awareness = useAwareness();
  const [leader, setLeader] = useState<FacilitatorPresence | null>(null);
  useEffect(() => {
    if (!awareness) return;
    const read = () => {
      let found: FacilitatorPresence | null = null;
      const ids = [...awareness.getStates().keys()].sort((a, b) => a - b);
      for (const id of ids) {
        if (id === awareness.clientID) continue;
        const presence = toFacilitatorPresence(awareness.getStates().get(id));
        if (presence?.presenting) {
          found = presence;
          break;
        }
      }
      setLeader((current) => (JSON.stringify(current) === JSON.stringify(found) ? current : found));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return leader;
}
