import { useTranslation } from 'react-i18next';
import { Panel } from '../common/Panel';
import { ToggleButton } from '../common/ToggleButton';
import { RoomControls } from '../room/RoomControls';
import { FacSection } from './FacSection';
import { useFacilitationStore } from './facilitationStore';
import { startPresentation } from './Presentation';
import { LockControl, PrivateModeControl, RatingRoundControl } from './SessionControls';
import { TimerControls } from './TimerControls';
import { VoteControls } from './VoteControls';

/** The facilitator's controls, in the order a workshop usually runs them. */
export function FacilitatorPanel() {
  const { t } = useTranslation();
  const leading = useFacilitationStore((s) => s.leading);
  const close = () => useFacilitationStore.getState().set({ panelOpen: false });
  return (
    <Panel
      look="fac-card"
      className="fac-panel"
      title={t('facilitation.panel')}
      testId="facilitator-panel"
      onClose={close}
    >
      <div className="fac-panel-body">
        <LockControl />
        <TimerControls />
        <PrivateModeControl />
        <VoteControls />
        <RatingRoundControl />
        <RoomControls />
        <FacSection id="fac-lead" title={t('facilitation.lead.title')}>
          <div className="row fac-row">
            <ToggleButton
              className="button"
              pressed={leading}
              testId="follow-me"
              onToggle={() => useFacilitationStore.getState().set({ leading: !leading })}
            >
              {t('facilitation.lead.followMe')}
            </ToggleButton>
            <button type="button" className="button" onClick={startPresentation}>
              {t('facilitation.present.start')}
            </button>
          </div>
          <small className="muted">{t('facilitation.lead.hint')}</small>
        </FacSection>
      </div>
    </Panel>
  );
}
