/**
 * A small French workshop board with a bit of everything the deliverables show (persona and
 * quote, touchpoints with does / thinks / feels / needs, irritants, enchantments, a key moment,
 * ratings, survey figures, KPIs, an action plan with a quick win), plus card texts written in
 * Markdown and Mermaid syntax. Shared by the export tests of the model and of the server.
 */
import fc from 'fast-check';
import type { ActionJson, CardJson, JourneyMapJson } from '../schema';
import type { Locale } from '../types';

export function deliverableFixture(): JourneyMapJson {
  const card = (c: Partial<CardJson> & Pick<CardJson, 'id' | 'kind' | 'text'>): CardJson => ({
    phaseId: 'p-decouvrir',
    channelId: 'c-web',
    ...c,
  });
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: 'Atelier « Réservation » — été 2026',
    locale: 'fr',
    personas: [
      {
        id: 'persona-lea',
        name: 'Léa, 34 ans',
        segment: 'Famille pressée',
        description: 'Réserve le soir, sur mobile, après le coucher des enfants.',
        goals: ['Réserver en 5 minutes', 'Payer en 3 fois'],
        frustrations: ['Les frais cachés'],
        quote: 'Je veux savoir tout de suite ce que ça va me coûter.',
      },
    ],
    journeys: [
      {
        id: 'j-resa',
        title: 'Réserver un séjour',
        personaId: 'persona-lea',
        stage: 'as-is',
        phases: [
          {
            id: 'p-decouvrir',
            name: 'Découvrir',
            kpis: [{ id: 'k1', name: 'Taux de rebond', value: 62, target: 40, unit: '%' }],
          },
          {
            id: 'p-choisir',
            name: 'Choisir',
            kpis: [{ id: 'k2', name: 'Conversion', value: 2.1, target: 3, unit: '%' }],
          },
          { id: 'p-payer', name: 'Payer' },
        ],
        channels: [
          { id: 'c-web', name: 'Site web' },
          { id: 'c-app', name: 'Appli mobile' },
          { id: 'c-tel', name: 'Téléphone' },
        ],
        cards: [
          card({
            id: 'tp-pub',
            kind: 'touchpoint',
            text: 'Voit une publicité Instagram',
            does: 'Clique sur la pub',
            thinks: 'Ça a l’air bien',
            feels: 'Curieuse',
            needs: 'Des prix clairs',
            emotion: 1,
            csat: 72,
          }),
          card({ id: 'en-photos', kind: 'enchantment', text: 'Photos 🌞 magnifiques', touchpointId: 'tp-pub' }),
          card({
            id: 'tp-app',
            kind: 'touchpoint',
            channelId: 'c-app',
            text: 'Installe l’appli | compare 3 offres',
            ratings: { a: 2, b: 1 },
            nps: 20,
          }),
          card({
            id: 'tp-filtres',
            kind: 'touchpoint',
            phaseId: 'p-choisir',
            text: 'Filtre par # de chambres: *2* ; prix < 800 €',
            emotion: -1,
            keyMoment: true,
          }),
          card({
            id: 'ir-frais',
            kind: 'irritant',
            phaseId: 'p-choisir',
            text: 'Frais de service `cachés`\naffichés au paiement',
            severity: 3,
            touchpointId: 'tp-filtres',
          }),
          card({
            id: 'tp-paiement',
            kind: 'touchpoint',
            phaseId: 'p-payer',
            channelId: 'c-tel',
            text: 'Appelle le service client : journey de 20 min',
            emotion: -2,
            ces: 5.5,
          }),
          card({
            id: 'no-idee',
            kind: 'note',
            phaseId: 'p-payer',
            channelId: 'c-tel',
            text: 'Idée : rappel automatique',
          }),
          { id: 'un-vrac', kind: 'irritant', phaseId: null, channelId: null, text: 'Pas de facture PDF' },
        ],
        actions: [
          {
            id: 'a-long',
            title: 'Refaire le tunnel de paiement',
            cardIds: ['tp-paiement'],
            impact: 5,
            effort: 5,
            status: 'todo',
          },
          {
            id: 'a-frais',
            title: 'Afficher les frais dès la recherche',
            cardIds: ['ir-frais', 'tp-filtres'],
            impact: 5,
            effort: 1,
            owner: 'Équipe produit',
            due: '2026-09-30',
            status: 'doing',
          },
        ],
      },
    ],
  };
}

/** Texts full of what Markdown and Mermaid read as syntax. */
export const hostileText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(
    ...'|#:;`*_[]<>\\&$~%{}-+=.!(),1aé \n\r\t'.split(''),
    '🌞',
    '👨‍👩‍👧',
    '\u2028',
    '\u0000',
    'journey ',
    'title ',
    'section ',
    'www.x.fr',
    '&amp;',
    '#59;',
    '%%',
    '```',
    '<br>',
    '1. ',
    '- ',
    '> ',
    '# ',
    '---',
  ),
  maxLength: 24,
});

/** A card of `oneChannelMap`, in the phase of index `phase`. */
export type OneChannelCard = Omit<CardJson, 'id' | 'phaseId' | 'channelId'> & { readonly phase: number };

/**
 * A map of one journey (`j`) on one channel (`c`), phases `p0`, `p1`… named as given, cards `k0`, `k1`…: what the
 * deliverables' properties fill with hostile texts.
 */
export function oneChannelMap(input: {
  readonly title: string;
  readonly locale: Locale;
  readonly phaseNames: readonly string[];
  readonly channelName: string;
  readonly cards: readonly OneChannelCard[];
  readonly actions?: readonly ActionJson[];
}): JourneyMapJson {
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: input.title,
    locale: input.locale,
    personas: [],
    journeys: [
      {
        id: 'j',
        title: 'J',
        phases: input.phaseNames.map((name, i) => ({ id: `p${i}`, name })),
        channels: [{ id: 'c', name: input.channelName }],
        cards: input.cards.map(({ phase, ...card }, i) => ({
          id: `k${i}`,
          phaseId: `p${phase}`,
          channelId: 'c',
          ...card,
        })),
        actions: [...(input.actions ?? [])],
      },
    ],
  };
}
