import { useTranslation } from 'react-i18next';
import { addPhoneStrings } from '../phone/phoneI18n';
import { chooseScreen } from '../phone/screenMode';

addPhoneStrings();

/** The top bar's way to the phone view (the More menu has it when the bar is folded). */
export function PhoneViewButton() {
  const { t } = useTranslation('phone');
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={t('menu')}
      title={t('menu')}
      onClick={() => chooseScreen('phone')}
    >
      <svg
        width="16"
        height="16"
        viewBox="0 0 16 16"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      >
        <rect x="4" y="1.5" width="8" height="13" rx="1.6" />
        <path d="M7 12.2h2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
