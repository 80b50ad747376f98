import { describe, expect, it } from 'vitest';
import en from '../../i18n/blueprint.en.json';
import fr from '../../i18n/blueprint.fr.json';

describe('service blueprint strings', () => {
  it('has every French text in English and the reverse', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const text of [...Object.values(en), ...Object.values(fr)]) expect(text.trim()).not.toBe('');
  });
});
