import { clearRating, type Emotion, rateEmotion } from '@parcours/journey';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { EmotionPicker } from '../board/EmotionPicker';
import { roundTouchpoints } from './roundTouchpoints';
import { useSession } from './useFacilitation';

/**
 * During a rating round, every participant rates the round's touchpoints (-2..2) here, one row per
 * touchpoint; the emotion curve under the grid shows the mean and the min-max band as ratings come in.
 */
export function RatingRoundPanel() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const me = useBoardStore((s) => s.participant);
  const snapshot = useBoardStore((s) => s.snapshot);
  const editable = useBoardStore((s) => canEdit(s.role));
  const round = useSession().ratingRound;
  const [collapsed, setCollapsed] = useState(false);
  // The round's touchpoints, in the order of the grid.
  const touchpoints = useMemo(
    () => (snapshot && round?.status === 'open' ? roundTouchpoints(snapshot, round.journeyId) : []),
    [snapshot, round],
  );
  if (!doc || !me || round?.status !== 'open' || !editable) return null;
  const rated = touchpoints.filter((c) => c.ratings[me.id] !== undefined).length;
  const phaseName = (id: string | null | undefined) => (id ? snapshot?.phases[id]?.name : undefined);
  const rate = (cardId: string, emotion: Emotion | null) =>
    emotion === null
      ? clearRating(doc, { cardId, participantId: me.id })
      : rateEmotion(doc, { cardId, participantId: me.id, emotion });
  return (
    <aside className="fac-card fac-rating" aria-label={t('facilitation.rating.title')} data-testid="rating-round">
      <header className="fac-card-header">
        <h3>
          {t('facilitation.rating.title')}{' '}
          <small className="muted">
            {t('facilitation.rating.progress', { done: rated, total: touchpoints.length })}
          </small>
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('facilitation.expand') : t('facilitation.collapse')}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </header>
      {!collapsed && (
        <ul className="fac-rating-list">
          {touchpoints.length === 0 && <li className="muted">{t('facilitation.rating.none')}</li>}
          {touchpoints.map((card) => (
            <li key={card.id} data-testid="rating-row">
              <div className="fac-rating-text">
                <strong>{card.text || t('card.emptyText')}</strong>
                {phaseName(card.phaseId) && <small className="muted"> · {phaseName(card.phaseId)}</small>}
              </div>
              <EmotionPicker
                label={card.text}
                value={card.ratings[me.id]}
                readOnly={false}
                onChange={(emotion) => rate(card.id, emotion)}
              />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
