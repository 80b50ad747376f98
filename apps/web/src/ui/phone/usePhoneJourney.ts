import { orderedJourneys } from '@parcours/journey';
import { useEffect } from 'react';
import { useBoardStore } from '../../store/boardStore';
import { useLeader } from '../facilitation/useLeader';

/**
 * The journey the phone adds to: the one the facilitator presents (follow me) when they present
 * one, else the store's current journey, which the person may change. Returns the presented phase.
 */
export function usePhoneJourney(): { presentedPhaseId: string | null } {
  const leader = useLeader();
  const presentedJourney = leader?.presenting?.journeyId ?? null;
  const known = useBoardStore((s) => (presentedJourney ? Boolean(s.snapshot?.journeys[presentedJourney]) : false));
  useEffect(() => {
    if (presentedJourney && known && useBoardStore.getState().journeyId !== presentedJourney)
      useBoardStore.getState().setJourney(presentedJourney);
  }, [presentedJourney, known]);
  return { presentedPhaseId: leader?.presenting?.phaseId ?? null };
}

export function useJourneys() {
  const snapshot = useBoardStore((s) => s.snapshot);
  return snapshot ? orderedJourneys(snapshot) : [];
}
