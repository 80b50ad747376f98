import { CARD_KINDS, type CardKind, closeVote, countedVotes, dotsCleared, openVote } from '@parcours/journey';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { FacSection } from './FacSection';
import { useFacilitationStore } from './facilitationStore';
import { useSession } from './useFacilitation';

/** Facilitator: open a dot vote (dots per participant, kinds of cards), follow how many dots are in, close it. */
export function VoteControls() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const journeyId = useBoardStore((s) => s.journeyId);
  const snapshot = useBoardStore((s) => s.snapshot);
  const vote = useSession().vote;
  const [dots, setDots] = useState(3);
  const [kinds, setKinds] = useState<ReadonlySet<CardKind>>(() => new Set<CardKind>(['irritant']));
  // Dots a new round would wipe (an earlier round's results, free votes): asked before, never silent.
  const [confirmWipe, setConfirmWipe] = useState<number | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  // The panel scrolls: bring the question and its buttons into sight.
  useEffect(() => {
    if (confirmWipe !== null) confirmRef.current?.scrollIntoView({ block: 'nearest' });
  }, [confirmWipe]);
  // While open, only how many dots are in shows: which cards get them stays hidden until the close.
  const cast = useMemo(() => {
    if (!snapshot || vote?.status !== 'open') return 0;
    let total = 0;
    for (const counted of countedVotes(snapshot).values()) for (const n of counted.values()) total += n;
    return total;
  }, [snapshot, vote?.status]);
  if (!doc) return null;
  const toggleKind = (kind: CardKind) => {
    const next = new Set(kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setKinds(next);
    setConfirmWipe(null);
  };
  const open = () => {
    // A new round starts from zero on the cards it covers: earlier dots would skew it.
    openVote(doc, { dotsPerParticipant: dots, kinds: [...kinds], journeyId, reset: true });
    useFacilitationStore.getState().set({ resultsDismissed: null });
    setConfirmWipe(null);
  };
  const ask = () => {
    const wiped = snapshot ? dotsCleared(snapshot, { kinds: [...kinds], journeyId }) : 0;
    if (wiped > 0) setConfirmWipe(wiped);
    else open();
  };
  return (
    <FacSection id="fac-vote" title={t('facilitation.vote.title')}>
      {vote?.status === 'open' ? (
        <div className="row fac-row">
          <span className="muted" data-testid="vote-progress">
            {t('facilitation.vote.progress', { count: cast })}
          </span>
          <button type="button" className="button primary" onClick={() => closeVote(doc)}>
            {t('facilitation.vote.close')}
          </button>
        </div>
      ) : (
        <>
          <label className="fac-inline">
            <span>{t('facilitation.vote.dots')}</span>
            <input
              type="number"
              min={1}
              max={20}
              value={dots}
              data-testid="vote-dots"
              onChange={(e) => setDots(Math.max(1, Math.min(20, Math.round(Number(e.target.value)) || 1)))}
            />
          </label>
          <fieldset className="fac-kinds">
            <legend>{t('facilitation.vote.kinds')}</legend>
            {CARD_KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input type="checkbox" checked={kinds.has(kind)} onChange={() => toggleKind(kind)} />
                {t(`kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          {confirmWipe === null ? (
            <div className="row fac-row">
              <button type="button" className="button primary" disabled={kinds.size === 0} onClick={ask}>
                {t('facilitation.vote.open')}
              </button>
            </div>
          ) : (
            <div ref={confirmRef} className="fac-confirm" role="alertdialog" aria-labelledby="fac-vote-wipe">
              <p id="fac-vote-wipe">{t('facilitation.vote.wipe', { count: confirmWipe })}</p>
              <div className="row fac-row">
                <button type="button" className="button" onClick={() => setConfirmWipe(null)}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="button danger" onClick={open}>
                  {t('facilitation.vote.wipeConfirm')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </FacSection>
  );
}
