import type { BilingualTemplate } from './bilingual';

/**
 * A blank board is still a grid: with no phase or channel there is nowhere to put a card, so a
 * new user would first have to learn how to build the frame. Before / during / after and two
 * broad channels are the smallest frame that works; everything is renamed or removed in place.
 */
export const blank: BilingualTemplate = {
  ids: { fr: 'blank', en: 'blank' },
  name: { fr: 'Carte vierge', en: 'Blank map' },
  description: {
    fr: 'Trois phases et deux canaux à renommer, sans carte.',
    en: 'Three phases and two channels to rename, no cards.',
  },
  title: { fr: 'Nouveau parcours', en: 'New journey' },
  persona: { name: { fr: 'Persona principal', en: 'Main persona' }, description: '' },
  journey: { title: { fr: 'Parcours actuel', en: 'Current journey' } },
  phases: [
    { name: { fr: 'Avant', en: 'Before' } },
    { name: { fr: 'Pendant', en: 'During' } },
    { name: { fr: 'Après', en: 'After' } },
  ],
  channels: [
    { fr: 'En ligne', en: 'Online' },
    { fr: 'En personne', en: 'In person' },
  ],
  cards: [],
};
