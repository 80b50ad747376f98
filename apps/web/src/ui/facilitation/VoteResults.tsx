import { voteResults } from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { Panel } from '../common/Panel';
import { useFacilitationStore } from './facilitationStore';
import { useSession } from './useFacilitation';

/** The ranking of a closed vote, for everyone; a click on a row selects the card. */
export function VoteResults() {
  const { t } = useTranslation();
  const snapshot = useBoardStore((s) => s.snapshot);
  const select = useBoardStore((s) => s.select);
  const vote = useSession().vote;
  const dismissed = useFacilitationStore((s) => s.resultsDismissed);
  const results = useMemo(
    () => (snapshot && vote?.status === 'closed' ? voteResults(snapshot) : null),
    [snapshot, vote],
  );
  if (!snapshot || !vote || !results || dismissed === vote.id) return null;
  const ranked = results.filter((r) => r.dots > 0);
  return (
    <Panel
      look="fac-card"
      className="fac-results"
      title={t('facilitation.vote.resultTitle')}
      testId="vote-results"
      onClose={() => useFacilitationStore.getState().set({ resultsDismissed: vote.id })}
    >
      {ranked.length === 0 ? (
        <p className="muted">{t('facilitation.vote.noDots')}</p>
      ) : (
        <ol className="fac-ranking">
          {ranked.slice(0, 15).map((r) => {
            const card = snapshot.cards[r.cardId];
            return (
              <li key={r.cardId} data-testid="vote-result">
                <button type="button" className="fac-link" onClick={() => select([r.cardId])}>
                  <span className="fac-rank">{r.rank}</span>
                  <span className="fac-result-text">{card?.text || t('card.emptyText')}</span>
                  <span className="fac-dots" data-testid="vote-result-dots">
                    {t('facilitation.vote.dotsCount', { count: r.dots })}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
