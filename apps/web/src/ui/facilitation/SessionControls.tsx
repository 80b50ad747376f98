import { closeRatingRound, lockStructure, openRatingRound, revealCards, setPrivateMode } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { FacSection } from './FacSection';
import { useSession } from './useFacilitation';

/** Facilitator: the structure lock. */
export function LockControl() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const locked = useSession().structureLocked;
  if (!doc) return null;
  return (
    <FacSection id="fac-lock" title={t('facilitation.lock.title')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={locked}
          data-testid="lock-structure"
          onChange={(e) => lockStructure(doc, { locked: e.target.checked })}
        />
        {t('facilitation.lock.toggle')}
      </label>
      <small className="muted">{t('facilitation.lock.hint')}</small>
    </FacSection>
  );
}

/** Facilitator: private mode (brainstorm without influence) and the reveal. */
export function PrivateModeControl() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const hidden = useBoardStore((s) => s.hiddenCards);
  const on = useSession().privateMode;
  if (!doc) return null;
  return (
    <FacSection id="fac-private" title={t('facilitation.private.title')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          data-testid="private-mode"
          onChange={(e) => setPrivateMode(doc, { on: e.target.checked })}
        />
        {t('facilitation.private.toggle')}
      </label>
      <div className="row fac-row">
        <span className="muted" data-testid="hidden-count">
          {t('facilitation.private.hidden', { count: hidden })}
        </span>
        <button type="button" className="button" disabled={hidden === 0} onClick={() => revealCards(doc)}>
          {t('facilitation.private.reveal')}
        </button>
      </div>
    </FacSection>
  );
}

/** Facilitator: the emotion rating round of the journey on screen. */
export function RatingRoundControl() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const journeyId = useBoardStore((s) => s.journeyId);
  const round = useSession().ratingRound;
  if (!doc) return null;
  const open = round?.status === 'open';
  return (
    <FacSection id="fac-rating" title={t('facilitation.rating.title')}>
      <small className="muted">{t('facilitation.rating.hint')}</small>
      <div className="row fac-row">
        {open ? (
          <button type="button" className="button" onClick={() => closeRatingRound(doc)}>
            {t('facilitation.rating.close')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => openRatingRound(doc, { journeyId })}>
            {t('facilitation.rating.open')}
          </button>
        )}
      </div>
    </FacSection>
  );
}
