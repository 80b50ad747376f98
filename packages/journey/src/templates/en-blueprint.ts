import type { Template } from './template';

const CUSTOMER = 0;
const WEB = 1;
const SERVICE = 2;
const BACKSTAGE = 3;
const SUPPORT = 4;
const ORDER = 1;
const DELIVERY = 2;

/** The service blueprint of fr-blueprint.ts, in English. */
export const enBlueprint: Template = {
  id: 'en-blueprint',
  locale: 'en',
  name: 'Service blueprint',
  description:
    'Customer actions, frontstage, backstage and support processes, separated by the lines of interaction, visibility and internal interaction.',
  title: 'Service blueprint',
  persona: { name: 'Main persona', description: '' },
  journey: { title: 'Service blueprint – online order' },
  phases: [{ name: 'Discovery' }, { name: 'Order' }, { name: 'Delivery' }, { name: 'After-sales' }],
  channels: [
    { name: 'Customer actions', lane: 'customer' },
    'Website',
    'Customer service',
    { name: 'Backstage actions', lane: 'backstage' },
    { name: 'Support processes', lane: 'support' },
  ],
  cards: [
    { kind: 'note', phase: ORDER, channel: CUSTOMER, text: 'Example: the customer checks out and pays' },
    {
      kind: 'touchpoint',
      phase: ORDER,
      channel: WEB,
      text: 'Example: payment page and confirmation email',
      keyMoment: true,
    },
    { kind: 'note', phase: ORDER, channel: BACKSTAGE, text: 'Example: the warehouse picks the order', touchpoint: 1 },
    {
      kind: 'note',
      phase: ORDER,
      channel: SUPPORT,
      text: 'Example: stock and payment management (ERP)',
      touchpoint: 1,
    },
    { kind: 'touchpoint', phase: DELIVERY, channel: SERVICE, text: 'Example: delivery tracking text message' },
    {
      kind: 'note',
      phase: DELIVERY,
      channel: BACKSTAGE,
      text: 'Example: the carrier updates the parcel status',
      touchpoint: 4,
    },
  ],
};
