import { useBoardStore } from '../../store/boardStore';

/** People on the board besides this device's person (each counted once, whatever their tabs). */
export function useParticipantCount(): number {
  return useBoardStore((s) => {
    const ids = new Set(s.peers.map((p) => p.user.id));
    if (s.participant) ids.delete(s.participant.id);
    return ids.size;
  });
}
