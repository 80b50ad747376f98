import { DEFAULT_CHANNELS } from './channels';
import type { Template } from './template';

/** The English twin of fr-lifecycle-5: same phases and indicators, values left empty. */
export const enLifecycle5: Template = {
  id: 'en-lifecycle-5',
  locale: 'en',
  name: '5-phase customer lifecycle',
  description: 'From awareness to advocacy, with the indicators to follow in each phase.',
  title: 'Customer lifecycle',
  persona: { name: 'Main persona', description: '' },
  journey: { title: 'Customer lifecycle' },
  phases: [
    {
      name: 'Awareness',
      kpis: [
        { name: 'Click-through rate (CTR)', unit: '%' },
        { name: 'Traffic', unit: 'visits/month' },
      ],
    },
    {
      name: 'Consideration',
      kpis: [
        { name: 'Bounce rate', unit: '%' },
        { name: 'Session duration', unit: 'min' },
      ],
    },
    {
      name: 'Purchase – adoption',
      kpis: [
        { name: 'Conversion rate', unit: '%' },
        { name: 'Satisfaction (CSAT)', unit: '%' },
      ],
    },
    {
      name: 'Retention',
      kpis: [
        { name: 'Retention rate', unit: '%' },
        { name: 'Lifetime value (LTV)', unit: '$' },
      ],
    },
    {
      name: 'Advocacy',
      kpis: [
        { name: 'Net Promoter Score (NPS)', unit: 'points' },
        { name: 'Referrals', unit: 'per month' },
      ],
    },
  ],
  channels: DEFAULT_CHANNELS.en,
  cards: [],
};
