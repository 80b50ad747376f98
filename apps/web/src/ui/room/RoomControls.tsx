import { useTranslation } from 'react-i18next';
import { useRoomStore } from './roomStore';

/** The facilitator panel's part for the room: the big-screen mode and the join slide. */
export function RoomControls() {
  const { t } = useTranslation('phone');
  const bigScreen = useRoomStore((s) => s.bigScreen);
  const set = useRoomStore((s) => s.set);
  return (
    <section className="fac-section" aria-labelledby="fac-room">
      <h3 id="fac-room">{t('room.title')}</h3>
      <div className="row fac-row">
        <button
          type="button"
          className={`button ${bigScreen ? 'pressed' : ''}`}
          aria-pressed={bigScreen}
          onClick={() => set({ bigScreen: !bigScreen })}
        >
          {t('bigScreen.button')}
        </button>
        <button type="button" className="button" onClick={() => set({ slide: true })}>
          {t('slide.button')}
        </button>
      </div>
      <small className="muted">{t('room.hint')}</small>
    </section>
  );
}
