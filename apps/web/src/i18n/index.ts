import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];
const STORAGE_KEY = 'parcours.language';

/** French first: the saved choice, else French when the browser says French, else English. */
export function initialLanguage(saved: string | null, browser: string | undefined): Language {
  if (saved === 'fr' || saved === 'en') return saved;
  return browser?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * Each language's main strings are a chunk of their own, so a page downloads the language it shows
 * only (the phone view's first load, docs/BENCHMARKS.md). main.tsx starts this before rendering,
 * while the page's own chunks load beside it.
 */
const MAIN_STRINGS: Record<Language, () => Promise<{ default: object }>> = {
  fr: () => import('./fr.json'),
  en: () => import('./en.json'),
};

async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', (await MAIN_STRINGS[language]()).default);
}

/** Sets up i18next in the saved or the browser's language; resolves once its strings are there. */
export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.language);
  document.documentElement.lang = lng;
  const strings = MAIN_STRINGS[lng](); // downloading while i18next starts
  await i18next.use(initReactI18next).init({
    // The main namespace comes with its language (MAIN_STRINGS); the feature areas' namespaces ride
    // in their pages' chunks (boardStrings.ts, ui/phone/phoneI18n.ts).
    resources: {},
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  i18next.addResourceBundle(lng, 'translation', (await strings).default);
  return i18next;
}

/** Switches language, once that language's strings are there. */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
