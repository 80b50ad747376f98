import i18next from 'i18next';
import type { Language } from './index';

/** A namespace's strings in each language, as its two JSON files hold them. */
export type NamespaceStrings = Readonly<Record<string, Readonly<Record<Language, object>>>>;

/**
 * Adds namespaces that ride in a page's own chunk (the board's panels: boardStrings.ts) instead of
 * the first load of every page. Called when a module of that chunk loads, which may be before
 * i18next is set up (component tests import before they set it up): then they are added once it is.
 */
export function addStrings(namespaces: NamespaceStrings): void {
  const add = () => {
    for (const [ns, byLanguage] of Object.entries(namespaces)) {
      for (const [language, strings] of Object.entries(byLanguage)) {
        if (!i18next.hasResourceBundle(language, ns)) i18next.addResourceBundle(language, ns, strings);
      }
    }
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
