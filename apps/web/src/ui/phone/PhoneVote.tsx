import { cardsInVote, castVote, dotsLeft, uncastVote, voteResults } from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { useSession } from '../facilitation/useFacilitation';
import { inReadingOrder, placeOf, shortText } from './readingOrder';
import './phoneTasks.css';

/**
 * Voter: during the facilitator's dot vote, the cards in the vote as a list, one tap per dot, and
 * the dots left; castVote / uncastVote as on the canvas (a dot the participant does not have is
 * refused there, and the server's checks are the same). Once closed, the ranking.
 */
export function PhoneVote() {
  const { t } = useTranslation('phone');
  const vote = useSession().vote;
  const snapshot = useBoardStore((s) => s.snapshot);
  const me = useBoardStore((s) => s.participant);
  const readOnly = useBoardStore((s) => !canEdit(s.role));
  const [refusal, setRefusal] = useState('');
  const candidates = useMemo(
    () => (snapshot && vote ? inReadingOrder(snapshot, cardsInVote(snapshot)) : []),
    [snapshot, vote],
  );
  if (!snapshot || !me || !vote) return <p className="phone-empty">{t('vote.closed')}</p>;

  if (vote.status === 'closed') {
    const results = voteResults(snapshot) ?? [];
    return (
      <section className="phone-list" aria-labelledby="phone-results-title">
        <h2 id="phone-results-title">{t('vote.results')}</h2>
        <ol data-testid="phone-vote-results">
          {results
            .filter((r) => r.dots > 0)
            .map((r) => (
              <li key={r.cardId} className="phone-card">
                <strong>{r.rank}.</strong> {snapshot.cards[r.cardId]?.text}{' '}
                <small>{t('vote.dots', { count: r.dots })}</small>
              </li>
            ))}
        </ol>
        <p className="phone-empty">{t('vote.closed')}</p>
      </section>
    );
  }

  const left = dotsLeft(snapshot, me.id);
  const run = (command: typeof castVote, cardId: string) => {
    const doc = useBoardStore.getState().doc;
    if (!doc) return;
    const result = command(doc, { cardId, participantId: me.id });
    setRefusal(
      result.ok ? '' : t(`translation:facilitation.vote.refused.${result.reason}`, { defaultValue: result.message }),
    );
  };
  return (
    <section className="phone-list" aria-labelledby="phone-dots-left" data-testid="phone-vote">
      <h2 id="phone-dots-left" className="phone-dots-left" aria-live="polite" data-testid="phone-dots-left">
        {t('vote.dotsLeft', { count: left })}
      </h2>
      {candidates.length === 0 && <p className="phone-empty">{t('vote.none')}</p>}
      <ul>
        {candidates.map((card) => {
          const mine = card.votes[me.id] ?? 0;
          const label = shortText(card.text) || t('translation:card.emptyText');
          return (
            <li key={card.id} className={`phone-card phone-vote-card kind-${card.kind}`} data-testid="phone-candidate">
              <div className="phone-vote-text">
                <span className="phone-kind-tag">{t(`translation:kinds.${card.kind}`)}</span>
                <small>{placeOf(snapshot, card) ?? t('mine.tray')}</small>
                <p className="phone-card-text">{card.text || t('translation:card.emptyText')}</p>
                {mine > 0 && (
                  <span className="phone-my-dots" data-testid="phone-my-dots" data-dots={mine}>
                    <span aria-hidden="true">{'●'.repeat(Math.min(mine, 10))} </span>
                    {t('vote.mine', { count: mine })}
                  </span>
                )}
              </div>
              <div className="phone-vote-buttons">
                <button
                  type="button"
                  className="button primary phone-dot"
                  aria-label={t('vote.cast', { text: label })}
                  disabled={readOnly || left === 0}
                  onClick={() => run(castVote, card.id)}
                >
                  +
                </button>
                <button
                  type="button"
                  className="button phone-dot"
                  aria-label={t('vote.uncast', { text: label })}
                  disabled={readOnly || mine === 0}
                  onClick={() => run(uncastVote, card.id)}
                >
                  −
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="phone-status-line error" role="status">
        {refusal}
      </p>
    </section>
  );
}
