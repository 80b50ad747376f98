import i18next from 'i18next';
import en from '../../i18n/phone.en.json';
import fr from '../../i18n/phone.fr.json';

/**
 * The phone view's strings ride in its own chunk (the 'phone' namespace), not in the home page's.
 * Called when a module of that chunk loads, which may be before i18next is set up (component tests
 * import before they set it up): then the strings are added once it is.
 */
export function addPhoneStrings(): void {
  if (!i18next.isInitialized) {
    i18next.on('initialized', add);
    return;
  }
  add();
}

function add(): void {
  if (!i18next.hasResourceBundle('fr', 'phone')) i18next.addResourceBundle('fr', 'phone', fr);
  if (!i18next.hasResourceBundle('en', 'phone')) i18next.addResourceBundle('en', 'phone', en);
}
