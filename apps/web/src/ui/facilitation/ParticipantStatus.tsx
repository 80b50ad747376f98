import { dotsLeft } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { useFacilitationStore } from './facilitationStore';
import { useSession } from './useFacilitation';
import { useFollowLeader } from './useFollow';

/**
 * What a participant needs to know about the session, in a strip over the board: private mode,
 * an open vote and the dots left, the structure lock, and whether they follow the facilitator.
 */
export function ParticipantStatus() {
  const { t } = useTranslation();
  const session = useSession();
  const role = useBoardStore((s) => s.role);
  const me = useBoardStore((s) => s.participant);
  const left = useBoardStore((s) => (s.snapshot && me ? dotsLeft(s.snapshot, me.id) : 0));
  const leader = useFollowLeader();
  const brokeAway = useFacilitationStore((s) => s.brokeAway);
  const participant = canEdit(role) && role !== 'facilitator';
  const notes: { key: string; text: string }[] = [];
  if (participant && session.privateMode) notes.push({ key: 'private', text: t('facilitation.private.banner') });
  if (participant && session.structureLocked) notes.push({ key: 'lock', text: t('facilitation.lock.banner') });
  if (participant && session.vote?.status === 'open')
    notes.push({ key: 'vote', text: t('facilitation.vote.banner', { count: left }) });
  if (notes.length === 0 && !leader) return null;
  return (
    <div className="fac-status" data-testid="participant-status">
      {notes.map((n) => (
        <span key={n.key} className={`fac-pill fac-pill-${n.key}`} data-testid={`status-${n.key}`}>
          {n.text}
        </span>
      ))}
      {leader &&
        (brokeAway ? (
          <button
            type="button"
            className="button primary fac-pill-button"
            data-testid="rejoin"
            onClick={() => useFacilitationStore.getState().set({ brokeAway: false })}
          >
            {t('facilitation.lead.rejoin')}
          </button>
        ) : (
          <span className="fac-pill fac-pill-follow" data-testid="following">
            {t('facilitation.lead.following')}
          </span>
        ))}
    </div>
  );
}
