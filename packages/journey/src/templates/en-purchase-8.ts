import { DEFAULT_CHANNELS } from './channels';
import type { Template } from './template';

const WEB = 0;
const APP = 1;
const DECISION = 2;
const DELIVERY = 3;

/** The English twin of fr-purchase-8: same phases, channels and example cards. */
export const enPurchase8: Template = {
  id: 'en-purchase-8',
  locale: 'en',
  name: '8-phase purchase journey',
  description: 'From the first search to the recommendation, across the usual channels, with three example cards.',
  title: 'Purchase journey',
  persona: { name: 'Main persona', description: '' },
  journey: { title: 'Current purchase journey' },
  phases: [
    { name: 'Information search' },
    { name: 'Comparison' },
    { name: 'Decision' },
    { name: 'Delivery' },
    { name: 'Evaluation' },
    { name: 'After-sales service' },
    { name: 'Loyalty' },
    { name: 'Recommendation' },
  ],
  channels: DEFAULT_CHANNELS.en,
  cards: [
    {
      kind: 'touchpoint',
      phase: DECISION,
      channel: WEB,
      text: 'Example: the customer checks out and pays online',
      emotion: -1,
      keyMoment: true,
    },
    {
      kind: 'irritant',
      phase: DECISION,
      channel: WEB,
      text: 'Example: shipping costs only show up at payment',
      severity: 2,
      touchpoint: 0,
    },
    {
      kind: 'enchantment',
      phase: DELIVERY,
      channel: APP,
      text: 'Example: real-time parcel tracking and a delivery slot of their choice',
    },
  ],
};
