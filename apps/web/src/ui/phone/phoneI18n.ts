import i18next from 'i18next';
import en from '../../i18n/phone.en.json';
import fr from '../../i18n/phone.fr.json';

/** The phone view's strings ride in its own chunk (the 'phone' namespace), not in the home page's. */
export function addPhoneStrings(): void {
  if (!i18next.hasResourceBundle('fr', 'phone')) i18next.addResourceBundle('fr', 'phone', fr);
  if (!i18next.hasResourceBundle('en', 'phone')) i18next.addResourceBundle('en', 'phone', en);
}
