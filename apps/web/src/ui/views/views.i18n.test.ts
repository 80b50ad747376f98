import { describe, expect, it } from 'vitest';
import en from '../../i18n/views.en.json';
import fr from '../../i18n/views.fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('views strings', () => {
  it('has every French text in English and the reverse (French "many" plurals checked against "other")', () => {
    const french = keys(fr).filter((k) => !k.endsWith('_many'));
    expect(keys(en).sort()).toEqual(french.sort());
    for (const k of keys(fr).filter((k) => k.endsWith('_many')))
      expect(french).toContain(k.replace(/_many$/, '_other'));
  });
});
