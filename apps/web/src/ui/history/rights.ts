import { useBoardStore } from '../../store/boardStore';
import { useHistoryStore } from './historyStore';

/**
 * Whether this participant may rename, delete and restore versions: the facilitator, or any editor
 * of a board without one (the server checks it again: apps/server/src/routes/history.ts).
 */
export function useCanManageVersions(): boolean {
  const role = useBoardStore((s) => s.preview?.role ?? s.role);
  const facilitated = useHistoryStore((s) => s.facilitated);
  return role === 'facilitator' || (role === 'edit' && facilitated === false);
}
