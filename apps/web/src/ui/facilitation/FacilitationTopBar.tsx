import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { FacilitatorPanel } from './FacilitatorPanel';
import { useFacilitationStore } from './facilitationStore';
import { ParticipantStatus } from './ParticipantStatus';
import { PresentationBar } from './Presentation';
import { RatingRoundPanel } from './RatingRoundPanel';
import { TimerCountdown } from './TimerCountdown';
import { useIsFacilitator } from './useFacilitation';
import { useLeadPresence } from './useFollow';
import { VoteResults } from './VoteResults';
import './facilitation.css';

/**
 * Everything facilitation adds to the board page, mounted from the top bar: the countdown everyone
 * sees, the facilitator's "Facilitate" button, and (over the board, through a portal) the
 * facilitator panel, the participants' status strip, the rating round, the vote results and the
 * presentation bar.
 */
export function FacilitationTopBar() {
  const { t } = useTranslation();
  const isFacilitator = useIsFacilitator();
  const panelOpen = useFacilitationStore((s) => s.panelOpen);
  useLeadPresence();
  // Local UI state belongs to this board visit: leaving the board ends leading and presenting.
  useEffect(() => () => useFacilitationStore.getState().reset(), []);
  return (
    <>
      <TimerCountdown />
      {isFacilitator && (
        <button
          type="button"
          className={`button ${panelOpen ? 'pressed' : 'ghost'}`}
          aria-pressed={panelOpen}
          data-testid="facilitate"
          onClick={() => useFacilitationStore.getState().set({ panelOpen: !panelOpen })}
        >
          {t('facilitation.button')}
        </button>
      )}
      {createPortal(
        <div className="fac-layer">
          <ParticipantStatus />
          <div className="fac-stack">
            {isFacilitator && panelOpen && <FacilitatorPanel />}
            <RatingRoundPanel />
            <VoteResults />
          </div>
          {isFacilitator && <PresentationBar />}
        </div>,
        document.body,
      )}
    </>
  );
}
