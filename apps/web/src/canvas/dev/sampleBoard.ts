import { type CardJson, type CardKind, type Emotion, fromJson, type PhaseJson } from '@parcours/journey';
import type * as Y from 'yjs';

/**
 * A French purchase journey with `cards` cards spread over its cells (deterministic), built only
 * by the model. Used by the canvas tests, the screenshot script and the fps page.
 */

export const SAMPLE_PHASES = [
  "Recherche d'informations",
  'Comparaison',
  'Décision',
  'Réception',
  'Évaluation',
  'SAV',
  'Fidélisation',
  'Recommandation',
];
export const SAMPLE_CHANNELS = ['Site web', 'Appli', 'Boutique', 'E-mail', 'Téléphone', 'Réseaux sociaux', 'Chat'];

const TEXTS = [
  'Compare les prix sur plusieurs sites',
  'Délai de livraison trop long',
  'Conseiller très à l’écoute en boutique',
  'Formulaire de contact introuvable',
  'Reçoit un e-mail de confirmation clair',
  'Attente de 20 minutes au téléphone avant de parler à quelqu’un, puis transfert vers un autre service',
  'Avis clients rassurants',
  'Note',
];
const KINDS: readonly CardKind[] = ['touchpoint', 'touchpoint', 'irritant', 'enchantment', 'note'];

export interface SampleBoard {
  readonly doc: Y.Doc;
  readonly journeyId: string;
  readonly phaseIds: readonly string[];
  readonly channelIds: readonly string[];
}

/**
 * Built from a journey-map JSON through `fromJson`, which writes all orders at once: adding 10,000
 * cards one command at a time is quadratic in the model (each insert scans its siblings).
 */
export function createSampleBoard(cards: number, options: { unplaced?: number; kpis?: boolean } = {}): SampleBoard {
  const journeyId = 'j1';
  const phaseIds = SAMPLE_PHASES.map((_, i) => `p${i + 1}`);
  const channelIds = SAMPLE_CHANNELS.map((_, i) => `c${i + 1}`);
  const phases: PhaseJson[] = SAMPLE_PHASES.map((name, i) => ({ id: phaseIds[i]!, name }));
  if (options.kpis !== false) {
    phases[0] = { ...phases[0]!, kpis: [{ id: 'k1', name: 'Taux de rebond', value: 48, target: 40, unit: '%' }] };
    phases[2] = { ...phases[2]!, kpis: [{ id: 'k2', name: 'Conversion', value: 3.1, target: 2.5, unit: '%' }] };
  }
  const list: CardJson[] = [];
  // Uneven on purpose: some cells get many more cards than others, like a real workshop.
  const cellCount = phaseIds.length * channelIds.length;
  for (let i = 0; i < cards; i++) {
    const slot = Math.floor(((i * 7919) % cellCount) ** 1.3) % cellCount;
    const kind = KINDS[i % KINDS.length]!;
    const card: CardJson = {
      id: `k${i + 1}`,
      kind,
      text: `${TEXTS[i % TEXTS.length]} #${i + 1}`,
      phaseId: phaseIds[slot % phaseIds.length]!,
      channelId: channelIds[Math.floor(slot / phaseIds.length)]!,
    };
    if (kind === 'touchpoint') card.emotion = (((i * 13) % 5) - 2) as Emotion;
    if (kind === 'irritant') card.severity = (i % 3) + 1;
    if (i % 11 === 0) card.keyMoment = true;
    if (i % 7 === 0) card.votes = { alice: 1 + (i % 3) };
    list.push(card);
  }
  for (let i = 0; i < (options.unplaced ?? 0); i++) {
    list.push({ id: `u${i + 1}`, kind: 'note', text: `Idée en vrac ${i + 1}`, phaseId: null, channelId: null });
  }
  // fromJson wants each cell's cards together, in the order they show.
  const rank = (c: CardJson) =>
    c.phaseId === null ? cellCount : phaseIds.indexOf(c.phaseId) * 100 + channelIds.indexOf(c.channelId!);
  list.sort((a, b) => rank(a) - rank(b));
  const doc = fromJson({
    format: 'parcours/journey-map',
    version: 1,
    title: 'Parcours démo',
    locale: 'fr',
    personas: [
      {
        id: 'persona1',
        name: 'Camille',
        segment: 'Cliente urbaine, 34 ans',
        quote: 'Je veux être sûre avant d’acheter.',
      },
    ],
    journeys: [
      {
        id: journeyId,
        title: 'Achat en ligne',
        personaId: 'persona1',
        phases,
        channels: SAMPLE_CHANNELS.map((name, i) => ({ id: channelIds[i]!, name })),
        cards: list,
        actions: [],
      },
    ],
  });
  return { doc, journeyId, phaseIds, channelIds };
}
