import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/canvas.en.json';
import fr from '../i18n/canvas.fr.json';

async function canvasT(lng: 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { fr: { canvas: fr }, en: { canvas: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(lng, 'canvas');
}

describe('canvas strings', () => {
  it('has every French text in English and the reverse (French "many" plurals checked against "other")', () => {
    const french = Object.keys(fr).filter((k) => !k.endsWith('_many'));
    expect(Object.keys(en).sort()).toEqual(french.sort());
  });

  it('says how many cards were copied with real plurals, not "carte(s)"', async () => {
    const tFr = await canvasT('fr');
    expect(tFr('copied', { count: 1 })).toBe('1 carte copiée');
    expect(tFr('copied', { count: 3 })).toBe('3 cartes copiées');
    const tEn = await canvasT('en');
    expect(tEn('copied', { count: 1 })).toBe('1 card copied');
    expect(tEn('copied', { count: 3 })).toBe('3 cards copied');
  });

  it('puts the name in the confirmation of a removal', async () => {
    expect((await canvasT('fr'))('confirmRemovePhase', { name: 'Achat' })).toBe(
      'Supprimer la phase « Achat » ? Ses cartes iront dans « Non placées ».',
    );
  });
});
