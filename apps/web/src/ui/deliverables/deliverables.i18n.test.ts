import { describe, expect, it } from 'vitest';
import en from '../../i18n/deliverables.en.json';
import fr from '../../i18n/deliverables.fr.json';
import { stringKeys } from '../../testing/i18nStrings';

describe('deliverables strings', () => {
  it('has every French text in English and the reverse', () => {
    expect(stringKeys(en).sort()).toEqual(stringKeys(fr).sort());
  });
});
