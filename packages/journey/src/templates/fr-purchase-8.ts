import { DEFAULT_CHANNELS } from './channels';
import type { Template } from './template';

const WEB = 0;
const APP = 1;
const DECISION = 2;
const RECEPTION = 3;

/**
 * The purchase journey in eight phases, from the first search to the recommendation. Three
 * example cards show the three kinds and how an irritant hangs on a touchpoint, without filling
 * the map; they say they are examples so nobody mistakes them for findings.
 */
export const frPurchase8: Template = {
  id: 'fr-purchase-8',
  locale: 'fr',
  name: 'Parcours d’achat en 8 phases',
  description:
    'De la recherche d’informations à la recommandation, sur les canaux habituels, avec trois cartes d’exemple.',
  title: 'Parcours d’achat',
  persona: { name: 'Persona principal', description: '' },
  journey: { title: 'Parcours d’achat actuel' },
  phases: [
    { name: 'Recherche d’informations' },
    { name: 'Comparaison' },
    { name: 'Prise de décision' },
    { name: 'Réception' },
    { name: 'Évaluation' },
    { name: 'Service après-vente' },
    { name: 'Fidélisation' },
    { name: 'Recommandation' },
  ],
  channels: DEFAULT_CHANNELS.fr,
  cards: [
    {
      kind: 'touchpoint',
      phase: DECISION,
      channel: WEB,
      text: 'Exemple : le client valide son panier et paie en ligne',
      emotion: -1,
      keyMoment: true,
    },
    {
      kind: 'irritant',
      phase: DECISION,
      channel: WEB,
      text: 'Exemple : les frais de livraison n’apparaissent qu’au paiement',
      severity: 2,
      touchpoint: 0,
    },
    {
      kind: 'enchantment',
      phase: RECEPTION,
      channel: APP,
      text: 'Exemple : suivi du colis en temps réel et créneau de livraison au choix',
    },
  ],
};
