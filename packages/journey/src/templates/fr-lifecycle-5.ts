import { DEFAULT_CHANNELS } from './channels';
import type { Template } from './template';

/**
 * The customer lifecycle in five phases, each with the indicators teams usually follow there.
 * KPI values and targets start empty: they are the team's to fill, and a made-up number would
 * be read as a measure.
 */
export const frLifecycle5: Template = {
  id: 'fr-lifecycle-5',
  locale: 'fr',
  name: 'Cycle de vie client en 5 phases',
  description: 'De la notoriété à la recommandation, avec les indicateurs à suivre à chaque phase.',
  title: 'Cycle de vie client',
  persona: { name: 'Persona principal', description: '' },
  journey: { title: 'Cycle de vie client' },
  phases: [
    {
      name: 'Notoriété',
      kpis: [
        { name: 'Taux de clics (CTR)', unit: '%' },
        { name: 'Trafic', unit: 'visites/mois' },
      ],
    },
    {
      name: 'Considération',
      kpis: [
        { name: 'Taux de rebond', unit: '%' },
        { name: 'Durée de session', unit: 'min' },
      ],
    },
    {
      name: 'Achat – adoption',
      kpis: [
        { name: 'Taux de conversion', unit: '%' },
        { name: 'Satisfaction (CSAT)', unit: '%' },
      ],
    },
    {
      name: 'Fidélisation',
      kpis: [
        { name: 'Taux de rétention', unit: '%' },
        { name: 'Valeur vie client (LTV)', unit: '€' },
      ],
    },
    {
      name: 'Recommandation',
      kpis: [
        { name: 'Net Promoter Score (NPS)', unit: 'points' },
        { name: 'Recommandations', unit: 'par mois' },
      ],
    },
  ],
  channels: DEFAULT_CHANNELS.fr,
  cards: [],
};
