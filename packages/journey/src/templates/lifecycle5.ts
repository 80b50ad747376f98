import type { BilingualTemplate } from './bilingual';
import { DEFAULT_CHANNELS } from './channels';

/**
 * The customer lifecycle in five phases, each with the indicators teams usually follow there.
 * KPI values and targets start empty: they are the team's to fill, and a made-up number would
 * be read as a measure.
 */
export const lifecycle5: BilingualTemplate = {
  ids: { fr: 'fr-lifecycle-5', en: 'en-lifecycle-5' },
  name: { fr: 'Cycle de vie client en 5 phases', en: '5-phase customer lifecycle' },
  description: {
    fr: 'De la notoriété à la recommandation, avec les indicateurs à suivre à chaque phase.',
    en: 'From awareness to advocacy, with the indicators to follow in each phase.',
  },
  title: { fr: 'Cycle de vie client', en: 'Customer lifecycle' },
  persona: { name: { fr: 'Persona principal', en: 'Main persona' }, description: '' },
  journey: { title: { fr: 'Cycle de vie client', en: 'Customer lifecycle' } },
  phases: [
    {
      name: { fr: 'Notoriété', en: 'Awareness' },
      kpis: [
        { name: { fr: 'Taux de clics (CTR)', en: 'Click-through rate (CTR)' }, unit: '%' },
        { name: { fr: 'Trafic', en: 'Traffic' }, unit: { fr: 'visites/mois', en: 'visits/month' } },
      ],
    },
    {
      name: { fr: 'Considération', en: 'Consideration' },
      kpis: [
        { name: { fr: 'Taux de rebond', en: 'Bounce rate' }, unit: '%' },
        { name: { fr: 'Durée de session', en: 'Session duration' }, unit: 'min' },
      ],
    },
    {
      name: { fr: 'Achat – adoption', en: 'Purchase – adoption' },
      kpis: [
        { name: { fr: 'Taux de conversion', en: 'Conversion rate' }, unit: '%' },
        { name: 'Satisfaction (CSAT)', unit: '%' },
      ],
    },
    {
      name: { fr: 'Fidélisation', en: 'Retention' },
      kpis: [
        { name: { fr: 'Taux de rétention', en: 'Retention rate' }, unit: '%' },
        { name: { fr: 'Valeur vie client (LTV)', en: 'Lifetime value (LTV)' }, unit: { fr: '€', en: '$' } },
      ],
    },
    {
      name: { fr: 'Recommandation', en: 'Advocacy' },
      kpis: [
        { name: 'Net Promoter Score (NPS)', unit: 'points' },
        { name: { fr: 'Recommandations', en: 'Referrals' }, unit: { fr: 'par mois', en: 'per month' } },
      ],
    },
  ],
  channels: DEFAULT_CHANNELS,
  cards: [],
};
