import { describe, expect, it } from 'vitest';
import en from '../../i18n/views.en.json';
import fr from '../../i18n/views.fr.json';
import { stringKeys } from '../../testing/i18nStrings';

describe('views strings', () => {
  it('has every French text in English and the reverse (French "many" plurals checked against "other")', () => {
    const french = stringKeys(fr).filter((k) => !k.endsWith('_many'));
    expect(stringKeys(en).sort()).toEqual(french.sort());
    for (const k of stringKeys(fr).filter((k) => k.endsWith('_many')))
      expect(french).toContain(k.replace(/_many$/, '_other'));
  });
});
