import type { BilingualTemplate } from './bilingual';

const CUSTOMER = 0;
const WEB = 1;
const SERVICE = 2;
const BACKSTAGE = 3;
const SUPPORT = 4;
const ORDER = 1;
const DELIVERY = 2;

/**
 * A service blueprint: the customer's actions, the frontstage channels, then what the customer
 * does not see (back-office actions and support processes) below the line of visibility. The
 * example cards show a back-office action and a support process linked to the touchpoint they serve.
 */
export const blueprint: BilingualTemplate = {
  ids: { fr: 'fr-blueprint', en: 'en-blueprint' },
  name: 'Service blueprint',
  description: {
    fr: 'Actions du client, front-office, back-office et processus de support, séparés par les lignes d’interaction, de visibilité et d’interaction interne.',
    en: 'Customer actions, frontstage, backstage and support processes, separated by the lines of interaction, visibility and internal interaction.',
  },
  title: 'Service blueprint',
  persona: { name: { fr: 'Persona principal', en: 'Main persona' }, description: '' },
  journey: { title: { fr: 'Service blueprint – commande en ligne', en: 'Service blueprint – online order' } },
  phases: [
    { name: { fr: 'Découverte', en: 'Discovery' } },
    { name: { fr: 'Commande', en: 'Order' } },
    { name: { fr: 'Livraison', en: 'Delivery' } },
    { name: { fr: 'Après-vente', en: 'After-sales' } },
  ],
  channels: [
    { name: { fr: 'Actions du client', en: 'Customer actions' }, lane: 'customer' },
    { fr: 'Site web', en: 'Website' },
    { fr: 'Service client', en: 'Customer service' },
    { name: { fr: 'Actions back-office', en: 'Backstage actions' }, lane: 'backstage' },
    { name: { fr: 'Processus de support', en: 'Support processes' }, lane: 'support' },
  ],
  cards: [
    {
      kind: 'note',
      phase: ORDER,
      channel: CUSTOMER,
      text: { fr: 'Exemple : le client valide son panier et paie', en: 'Example: the customer checks out and pays' },
    },
    {
      kind: 'touchpoint',
      phase: ORDER,
      channel: WEB,
      text: {
        fr: 'Exemple : page de paiement et e-mail de confirmation',
        en: 'Example: payment page and confirmation email',
      },
      keyMoment: true,
    },
    {
      kind: 'note',
      phase: ORDER,
      channel: BACKSTAGE,
      text: { fr: 'Exemple : l’entrepôt prépare la commande', en: 'Example: the warehouse picks the order' },
      touchpoint: 1,
    },
    {
      kind: 'note',
      phase: ORDER,
      channel: SUPPORT,
      text: {
        fr: 'Exemple : gestion des stocks et du paiement (ERP)',
        en: 'Example: stock and payment management (ERP)',
      },
      touchpoint: 1,
    },
    {
      kind: 'touchpoint',
      phase: DELIVERY,
      channel: SERVICE,
      text: { fr: 'Exemple : SMS de suivi de livraison', en: 'Example: delivery tracking text message' },
    },
    {
      kind: 'note',
      phase: DELIVERY,
      channel: BACKSTAGE,
      text: {
        fr: 'Exemple : le transporteur met à jour le statut du colis',
        en: 'Example: the carrier updates the parcel status',
      },
      touchpoint: 4,
    },
  ],
};
