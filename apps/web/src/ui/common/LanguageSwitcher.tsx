import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n';
import { toastError } from '../../store/toastStore';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('common.language')}</span>
      <select
        value={i18n.language}
        aria-label={t('common.language')}
        // The other language's strings are fetched on demand: offline (or after a new deployment) the
        // page stays in its language and says why.
        onChange={(e) => changeLanguage(e.target.value as Language).catch(() => toastError(t('board.loadFailed')))}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {lng.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
