import type { Locale } from '../types';

/** The channels most journeys go through, as rows of a new map; teams rename or remove the rest. */
export const DEFAULT_CHANNELS: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['Site web', 'Application mobile', 'Boutique', 'E-mail', 'Téléphone', 'Réseaux sociaux', 'Chat'],
  en: ['Website', 'Mobile app', 'Store', 'Email', 'Phone', 'Social media', 'Chat'],
};
