import type { BilingualTemplate } from './bilingual';
import { DEFAULT_CHANNELS } from './channels';

const WEB = 0;
const APP = 1;
const DECISION = 2;
const RECEPTION = 3;

/**
 * The purchase journey in eight phases, from the first search to the recommendation. Three
 * example cards show the three kinds and how an irritant hangs on a touchpoint, without filling
 * the map; they say they are examples so nobody mistakes them for findings.
 */
export const purchase8: BilingualTemplate = {
  ids: { fr: 'fr-purchase-8', en: 'en-purchase-8' },
  name: { fr: 'Parcours d’achat en 8 phases', en: '8-phase purchase journey' },
  description: {
    fr: 'De la recherche d’informations à la recommandation, sur les canaux habituels, avec trois cartes d’exemple.',
    en: 'From the first search to the recommendation, across the usual channels, with three example cards.',
  },
  title: { fr: 'Parcours d’achat', en: 'Purchase journey' },
  persona: { name: { fr: 'Persona principal', en: 'Main persona' }, description: '' },
  journey: { title: { fr: 'Parcours d’achat actuel', en: 'Current purchase journey' } },
  phases: [
    { name: { fr: 'Recherche d’informations', en: 'Information search' } },
    { name: { fr: 'Comparaison', en: 'Comparison' } },
    { name: { fr: 'Prise de décision', en: 'Decision' } },
    { name: { fr: 'Réception', en: 'Delivery' } },
    { name: { fr: 'Évaluation', en: 'Evaluation' } },
    { name: { fr: 'Service après-vente', en: 'After-sales service' } },
    { name: { fr: 'Fidélisation', en: 'Loyalty' } },
    { name: { fr: 'Recommandation', en: 'Recommendation' } },
  ],
  channels: DEFAULT_CHANNELS,
  cards: [
    {
      kind: 'touchpoint',
      phase: DECISION,
      channel: WEB,
      text: {
        fr: 'Exemple : le client valide son panier et paie en ligne',
        en: 'Example: the customer checks out and pays online',
      },
      emotion: -1,
      keyMoment: true,
    },
    {
      kind: 'irritant',
      phase: DECISION,
      channel: WEB,
      text: {
        fr: 'Exemple : les frais de livraison n’apparaissent qu’au paiement',
        en: 'Example: shipping costs only show up at payment',
      },
      severity: 2,
      touchpoint: 0,
    },
    {
      kind: 'enchantment',
      phase: RECEPTION,
      channel: APP,
      text: {
        fr: 'Exemple : suivi du colis en temps réel et créneau de livraison au choix',
        en: 'Example: real-time parcel tracking and a delivery slot of their choice',
      },
    },
  ],
};
