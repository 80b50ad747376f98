import type { Locale } from '../types';
import type { Template } from './template';

/**
 * A blank board is still a grid: with no phase or channel there is nowhere to put a card, so a
 * new user would first have to learn how to build the frame. Before / during / after and two
 * broad channels are the smallest frame that works; everything is renamed or removed in place.
 */
export const BLANK_TEMPLATES: Readonly<Record<Locale, Template>> = {
  fr: {
    id: 'blank',
    locale: 'fr',
    name: 'Carte vierge',
    description: 'Trois phases et deux canaux à renommer, sans carte.',
    title: 'Nouveau parcours',
    persona: { name: 'Persona principal', description: '' },
    journey: { title: 'Parcours actuel' },
    phases: [{ name: 'Avant' }, { name: 'Pendant' }, { name: 'Après' }],
    channels: ['En ligne', 'En personne'],
    cards: [],
  },
  en: {
    id: 'blank',
    locale: 'en',
    name: 'Blank map',
    description: 'Three phases and two channels to rename, no cards.',
    title: 'New journey',
    persona: { name: 'Main persona', description: '' },
    journey: { title: 'Current journey' },
    phases: [{ name: 'Before' }, { name: 'During' }, { name: 'After' }],
    channels: ['Online', 'In person'],
    cards: [],
  },
};
