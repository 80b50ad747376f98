import { type Card, cardsInVote, castVote, dotsLeft, uncastVote, voteResults } from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { toastError } from '../../store/toastStore';
import { useSession } from './useFacilitation';

/**
 * The card panel's votes during a dot-voting round (replaces the free votes while a vote exists):
 * put or take back a dot within the participant's allowance; the counts stay hidden until the
 * facilitator closes the vote, then this card's dots and rank show.
 */
export function CardVote({ card }: { card: Card }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const me = useBoardStore((s) => s.participant);
  const readOnly = useBoardStore((s) => !canEdit(s.role));
  const snapshot = useBoardStore((s) => s.snapshot);
  const vote = useSession().vote;
  const inVote = useMemo(
    () => (snapshot && vote ? cardsInVote(snapshot).some((c) => c.id === card.id) : false),
    [snapshot, vote, card.id],
  );
  if (!doc || !snapshot || !vote) return null;

  if (vote.status === 'closed') {
    const result = voteResults(snapshot)?.find((r) => r.cardId === card.id);
    return (
      <div className="field votes" data-testid="card-vote">
        <span className="field-label">{t('facilitation.vote.resultTitle')}</span>
        {result ? (
          <span>{t('facilitation.vote.cardResult', { count: result.dots, rank: result.rank })}</span>
        ) : (
          <small className="muted">{t('facilitation.vote.notInVote')}</small>
        )}
      </div>
    );
  }

  const left = me ? dotsLeft(snapshot, me.id) : 0;
  const mine = me ? (card.votes[me.id] ?? 0) : 0;
  const run = (command: typeof castVote) => {
    if (!me) return;
    const result = command(doc, { cardId: card.id, participantId: me.id });
    if (!result.ok) toastError(t(`facilitation.vote.refused.${result.reason}`, { defaultValue: result.message }));
  };
  return (
    <div className="field votes" data-testid="card-vote">
      <span className="field-label">
        {t('facilitation.vote.open_title')} ·{' '}
        <span data-testid="dots-left">{t('facilitation.vote.dotsLeft', { count: left })}</span>
      </span>
      {inVote ? (
        <div className="row">
          <button
            type="button"
            className="button primary"
            disabled={readOnly || !me || left === 0}
            onClick={() => run(castVote)}
          >
            {t('facilitation.vote.cast')}
          </button>
          <button
            type="button"
            className="button"
            disabled={readOnly || !me || mine === 0}
            onClick={() => run(uncastVote)}
          >
            {t('facilitation.vote.uncast')}
          </button>
          {mine > 0 && (
            <small className="muted" data-testid="my-dots">
              {t('facilitation.vote.mine', { count: mine })}
            </small>
          )}
        </div>
      ) : (
        <small className="muted">{t('facilitation.vote.notInVote')}</small>
      )}
    </div>
  );
}
