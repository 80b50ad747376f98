import { describe, expect, it } from 'vitest';
import en from '../i18n/images.en.json';
import fr from '../i18n/images.fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('images strings', () => {
  it('has every French text in English and the reverse', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });
});
