import { useTranslation } from 'react-i18next';
import { chooseScreen } from '../phone/screenMode';
import { useRoomStore } from './roomStore';

/** The board's menu entries for the room: the phone view (for anyone), the big screen and the join slide. */
export function RoomMenuItems() {
  const { t } = useTranslation('phone');
  const bigScreen = useRoomStore((s) => s.bigScreen);
  const set = useRoomStore((s) => s.set);
  return (
    <>
      <button type="button" onClick={() => chooseScreen('phone')}>
        {t('menu')}
      </button>
      <button type="button" aria-pressed={bigScreen} onClick={() => set({ bigScreen: !bigScreen })}>
        {t('bigScreen.button')}
      </button>
      <button type="button" onClick={() => set({ slide: true })}>
        {t('slide.button')}
      </button>
    </>
  );
}
