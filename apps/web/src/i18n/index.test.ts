import { describe, expect, it } from 'vitest';
import { stringKeys } from '../testing/i18nStrings';
import en from './en.json';
import fr from './fr.json';
import { initialLanguage } from './index';

describe('i18n', () => {
  it('defaults to French for a French browser and to English otherwise, unless the user chose', () => {
    expect(initialLanguage(null, 'fr-FR')).toBe('fr');
    expect(initialLanguage(null, 'fr')).toBe('fr');
    expect(initialLanguage(null, 'en-US')).toBe('en');
    expect(initialLanguage(null, undefined)).toBe('en');
    expect(initialLanguage('en', 'fr-FR')).toBe('en');
  });

  it('has every French text in English and the reverse', () => {
    // French has a "many" plural form English lacks; it is checked against "other" instead.
    const french = stringKeys(fr).filter((k) => !k.endsWith('_many'));
    expect(stringKeys(en).sort()).toEqual(french.sort());
    for (const k of stringKeys(fr).filter((k) => k.endsWith('_many')))
      expect(french).toContain(k.replace(/_many$/, '_other'));
  });
});
