/** The channels most journeys go through, as rows of a new map; teams rename or remove the rest. */
export const DEFAULT_CHANNELS = [
  { fr: 'Site web', en: 'Website' },
  { fr: 'Application mobile', en: 'Mobile app' },
  { fr: 'Boutique', en: 'Store' },
  { fr: 'E-mail', en: 'Email' },
  { fr: 'Téléphone', en: 'Phone' },
  { fr: 'Réseaux sociaux', en: 'Social media' },
  'Chat',
] as const;
