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
 * Each language's strings that any page may show (the main namespace and the phone view's) are a
 * chunk of their own, so a page downloads the language it shows only (the phone view's first load,
 * docs/BENCHMARKS.md). main.tsx starts this before rendering, while the page's own chunks load beside it.
 */
const STRINGS: Record<Language, () => Promise<Record<string, object>>> = {
  fr: () => import('./strings.fr'),
  en: () => import('./strings.en'),
};

function addLanguage(language: Language, namespaces: Record<string, object>): void {
  for (const [ns, strings] of Object.entries(namespaces)) {
    if (!i18next.hasResourceBundle(language, ns)) i18next.addResourceBundle(language, ns, strings);
  }
}

async function loadLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) addLanguage(language, await STRINGS[language]());
}

/** Sets up i18next in the saved or the browser's language; resolves once its strings are there. */
export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage(localStorage.getItem(STORAGE_KEY), navigator.language);
  document.documentElement.lang = lng;
  const strings = STRINGS[lng](); // downloading while i18next starts
  strings.catch(() => {}); // a failure is the caller's, once awaited below
  await i18next.use(initReactI18next).init({
    // The main and phone namespaces come with their language (STRINGS); the board's feature areas'
    // namespaces ride in its chunk (boardStrings.ts).
    resources: {},
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  addLanguage(lng, await strings);
  return i18next;
}

/** Switches language, once that language's strings are there. */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
