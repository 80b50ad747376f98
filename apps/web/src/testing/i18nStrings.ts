/** For the tests of the app's texts: the keys of a strings file, and a translator of one namespace. */
import i18next, { type TFunction } from 'i18next';

/** Every key of a strings file, nested keys dotted (`errors.network`), to compare French and English. */
export function stringKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => stringKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** A translator of the namespace `ns` alone, from its French and English files, in `lng`. */
export async function namespaceTranslator(
  ns: string,
  strings: { fr: object; en: object },
  lng: 'fr' | 'en',
): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { fr: { [ns]: strings.fr }, en: { [ns]: strings.en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n.getFixedT(lng, ns);
}
