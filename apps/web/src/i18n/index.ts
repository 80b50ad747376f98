import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];
const STORAGE_KEY = 'parcours.language';

/** French first: the saved choice, else French when the browser says French, else English. */
export function initialLanguage(saved: string | null, browser: string | undefined): Language {
  if (saved === 'fr' || saved === 'en') return saved;
  return browser?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setupI18n(): typeof i18next {
  const lng = initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.language);
  void i18next.use(initReactI18next).init({
    // The main namespace; the feature areas' namespaces ride in their pages' chunks (boardStrings.ts,
    // ui/phone/phoneI18n.ts), so the first load of every page does not carry them.
    resources: {
      fr: {
        translation: fr,
      },
      en: {
        translation: en,
      },
    },
    lng,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}
