import type { Template } from './template';

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
export const frBlueprint: Template = {
  id: 'fr-blueprint',
  locale: 'fr',
  name: 'Service blueprint',
  description:
    'Actions du client, front-office, back-office et processus de support, séparés par les lignes d’interaction, de visibilité et d’interaction interne.',
  title: 'Service blueprint',
  persona: { name: 'Persona principal', description: '' },
  journey: { title: 'Service blueprint – commande en ligne' },
  phases: [{ name: 'Découverte' }, { name: 'Commande' }, { name: 'Livraison' }, { name: 'Après-vente' }],
  channels: [
    { name: 'Actions du client', lane: 'customer' },
    'Site web',
    'Service client',
    { name: 'Actions back-office', lane: 'backstage' },
    { name: 'Processus de support', lane: 'support' },
  ],
  cards: [
    { kind: 'note', phase: ORDER, channel: CUSTOMER, text: 'Exemple : le client valide son panier et paie' },
    {
      kind: 'touchpoint',
      phase: ORDER,
      channel: WEB,
      text: 'Exemple : page de paiement et e-mail de confirmation',
      keyMoment: true,
    },
    {
      kind: 'note',
      phase: ORDER,
      channel: BACKSTAGE,
      text: 'Exemple : l’entrepôt prépare la commande',
      touchpoint: 1,
    },
    {
      kind: 'note',
      phase: ORDER,
      channel: SUPPORT,
      text: 'Exemple : gestion des stocks et du paiement (ERP)',
      touchpoint: 1,
    },
    { kind: 'touchpoint', phase: DELIVERY, channel: SERVICE, text: 'Exemple : SMS de suivi de livraison' },
    {
      kind: 'note',
      phase: DELIVERY,
      channel: BACKSTAGE,
      text: 'Exemple : le transporteur met à jour le statut du colis',
      touchpoint: 4,
    },
  ],
};
