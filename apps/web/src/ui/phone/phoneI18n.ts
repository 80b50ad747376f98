import { addStrings } from '../../i18n/addStrings';
import en from '../../i18n/phone.en.json';
import fr from '../../i18n/phone.fr.json';

/** The phone view's strings ride in its own chunk (the 'phone' namespace), not in the home page's. */
export function addPhoneStrings(): void {
  addStrings({ phone: { fr, en } });
}
