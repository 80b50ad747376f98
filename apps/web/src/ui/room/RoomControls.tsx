import { useTranslation } from 'react-i18next';
import { ToggleButton } from '../common/ToggleButton';
import { FacSection } from '../facilitation/FacSection';
import { useRoomStore } from './roomStore';

/** The facilitator panel's part for the room: the big-screen mode and the join slide. */
export function RoomControls() {
  const { t } = useTranslation('phone');
  const bigScreen = useRoomStore((s) => s.bigScreen);
  const set = useRoomStore((s) => s.set);
  return (
    <FacSection id="fac-room" title={t('room.title')}>
      <div className="row fac-row">
        <ToggleButton className="button" pressed={bigScreen} onToggle={() => set({ bigScreen: !bigScreen })}>
          {t('bigScreen.button')}
        </ToggleButton>
        <button type="button" className="button" onClick={() => set({ slide: true })}>
          {t('slide.button')}
        </button>
      </div>
      <small className="muted">{t('room.hint')}</small>
    </FacSection>
  );
}
