/**
 * fast-check arbitraries of valid journey maps in canonical form (the form toJson writes):
 * optional fields present or absent (never `undefined`), ids unique per kind but shared across
 * kinds sometimes, references resolvable, cards grouped by cell in phase/channel order with the
 * unplaced ones last, ratings/votes/KPIs omitted rather than empty. Texts mix accents, emoji,
 * newlines and empty strings.
 */
import fc from 'fast-check';
import {
  type ActionJson,
  type CardJson,
  type ChannelJson,
  cardSchema,
  type JourneyJson,
  type JourneyMapJson,
  type KpiJson,
  type PersonaJson,
  type PhaseJson,
} from '../schema';

const SAMPLE_TEXTS = [
  '',
  'Recherche d’informations',
  'Prise de décision',
  'Service après-vente 👍🏽',
  'Délai de livraison trop long 😡',
  'Ça marche ! « très bien »',
  'Première ligne\nseconde ligne',
  '👨‍👩‍👧‍👦🇫🇷',
  'Œuvre, naïveté, Noël',
];

export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SAMPLE_TEXTS),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);

/** Short ids from a small alphabet so that a phase and a channel sometimes share one (allowed). */
export const idArbitrary: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...'abcXY019_-'),
  minLength: 1,
  maxLength: 6,
});

const uniqueIds = (max: number) => fc.uniqueArray(idArbitrary, { maxLength: max });
const emotion = fc.integer({ min: -2, max: 2 });
// JSON text has no -0 (JSON.stringify writes 0), so a map that went through a file never holds one.
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
  .map((x) => (Object.is(x, -0) ? 0 : x));

function kpisArbitrary(): fc.Arbitrary<KpiJson[]> {
  return uniqueIds(3).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          { id: fc.constant(id), name: textArbitrary, value: finite, target: finite, unit: textArbitrary },
          { requiredKeys: ['id', 'name'], noNullPrototype: true },
        ),
      ),
    ),
  );
}

function phaseArbitrary(id: string): fc.Arbitrary<PhaseJson> {
  return fc.record(
    { id: fc.constant(id), name: textArbitrary, kpis: kpisArbitrary().filter((k) => k.length > 0) },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  );
}

const participants = fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 4 });

/** A card without its place and link, chosen once the journey's phases, channels and touchpoints are known. */
const cardBody = fc.record(
  {
    kind: fc.constantFrom('touchpoint', 'irritant', 'enchantment', 'note'),
    text: textArbitrary,
    does: textArbitrary,
    thinks: textArbitrary,
    feels: textArbitrary,
    needs: textArbitrary,
    goal: textArbitrary,
    department: textArbitrary,
    keyMoment: fc.boolean(),
    emotion,
    ratings: participants.chain((ids) => fc.tuple(...ids.map(() => emotion)).map((v) => zip(ids, v))),
    votes: participants.chain((ids) =>
      fc.tuple(...ids.map(() => fc.integer({ min: 1, max: 12 }))).map((v) => zip(ids, v)),
    ),
    csat: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
    nps: fc.integer({ min: -100, max: 100 }),
    ces: fc.double({ min: 1, max: 7, noNaN: true }),
    severity: fc.integer({ min: 1, max: 3 }),
    feedback: fc.array(textArbitrary, { minLength: 1, maxLength: 3 }),
    color: fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 6, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 3, maxLength: 3 }),
    ),
  },
  { requiredKeys: ['kind', 'text'], noNullPrototype: true },
);

function zip<T>(keys: readonly string[], values: readonly T[]): Record<string, T> {
  return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
}

/** `prefix` (distinct per journey) keeps phase, channel and action ids unique across journeys. */
function journeyArbitrary(id: string, prefix: string, personaIds: readonly string[], cardIds: readonly string[]) {
  const scoped = (max: number) => uniqueIds(max).map((ids) => ids.map((x) => `${prefix}${x}`));
  const personaId =
    personaIds.length > 0 ? fc.oneof(fc.constant(null), fc.constantFrom(...personaIds)) : fc.constant(null);
  return fc
    .record({
      head: fc.record(
        { title: textArbitrary, personaId, stage: fc.constantFrom('as-is', 'to-be') },
        { requiredKeys: ['title'], noNullPrototype: true },
      ),
      phaseIds: scoped(5),
      channelIds: scoped(4),
      cards: fc.tuple(
        ...cardIds.map(() => fc.record({ body: cardBody, cell: fc.nat(), link: fc.nat(), withLink: fc.boolean() })),
      ),
      actions: fc.array(
        fc.record(
          {
            title: textArbitrary,
            picks: fc.array(fc.nat(), { maxLength: 3 }),
            impact: fc.integer({ min: 1, max: 5 }),
            effort: fc.integer({ min: 1, max: 5 }),
            owner: textArbitrary,
            due: fc
              .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10)),
            status: fc.constantFrom('todo', 'doing', 'done'),
          },
          { requiredKeys: ['title', 'picks', 'impact', 'effort', 'status'], noNullPrototype: true },
        ),
        { maxLength: 3 },
      ),
      actionIds: scoped(3),
    })
    .chain(({ head, phaseIds, channelIds, cards, actions, actionIds }) =>
      fc
        .tuple(
          ...phaseIds.map(phaseArbitrary),
          ...channelIds.map((c) =>
            fc.record(
              {
                id: fc.constant(c),
                name: textArbitrary,
                lane: fc.constantFrom('customer' as const, 'backstage' as const, 'support' as const),
              },
              { requiredKeys: ['id', 'name'], noNullPrototype: true },
            ),
          ),
        )
        .map((rows): JourneyJson => {
          const phases = rows.slice(0, phaseIds.length) as PhaseJson[];
          const channels = rows.slice(phaseIds.length) as ChannelJson[];
          const placed = placeCards(cardIds, cards, phases, channels);
          const actionList: ActionJson[] = actions.slice(0, actionIds.length).map(({ picks, ...action }, i) => {
            const linked = placed.length > 0 ? [...new Set(picks.map((p) => placed[p % placed.length]!.id))] : [];
            const { owner, due, status, ...rest } = action;
            return {
              id: actionIds[i]!,
              ...rest,
              cardIds: linked,
              ...(owner === undefined ? {} : { owner }),
              ...(due === undefined ? {} : { due }),
              status,
            } as ActionJson;
          });
          return { id, ...head, phases, channels, cards: placed, actions: actionList } as JourneyJson;
        }),
    );
}

type CardDraft = {
  body: Omit<CardJson, 'id' | 'phaseId' | 'channelId'>;
  cell: number;
  link: number;
  withLink: boolean;
};

/** Places drafts in cells (or the tray), sorts them canonically and links some irritants/enchantments to touchpoints. */
function placeCards(
  ids: readonly string[],
  drafts: readonly CardDraft[],
  phases: PhaseJson[],
  channels: ChannelJson[],
) {
  const cells = phases.length * channels.length;
  const ranked = drafts.map((draft, i) => ({ draft, id: ids[i]!, rank: draft.cell % (cells + 1) }));
  ranked.sort((a, b) => a.rank - b.rank);
  const cards: CardJson[] = ranked.map(({ draft, id, rank }) => {
    const placed = rank < cells;
    const { kind, text, color, ...rest } = draft.body;
    return {
      id,
      kind,
      phaseId: placed ? phases[Math.floor(rank / channels.length)]!.id : null,
      channelId: placed ? channels[rank % channels.length]!.id : null,
      text,
      ...rest,
      ...(color === undefined ? {} : { color: `#${color}` }),
    } as CardJson;
  });
  const touchpoints = cards.filter((c) => c.kind === 'touchpoint').map((c) => c.id);
  ranked.forEach(({ draft }, i) => {
    const card = cards[i]!;
    if (draft.withLink && touchpoints.length > 0 && (card.kind === 'irritant' || card.kind === 'enchantment')) {
      card.touchpointId = touchpoints[draft.link % touchpoints.length]!;
    }
  });
  return cards.map(orderCardKeys);
}

/** The schema's order of a card's fields, which toJson writes. */
const CARD_KEY_ORDER = Object.keys(cardSchema.shape) as (keyof CardJson)[];

/** Same key order as toJson, so a failing comparison prints readable diffs. */
function orderCardKeys(card: CardJson): CardJson {
  const out: Record<string, unknown> = {};
  for (const key of CARD_KEY_ORDER) if (key in card) out[key] = card[key];
  return out as CardJson;
}

const personaArbitrary = (id: string): fc.Arbitrary<PersonaJson> =>
  fc.record(
    {
      id: fc.constant(id),
      name: textArbitrary,
      segment: textArbitrary,
      description: textArbitrary,
      goals: fc.array(textArbitrary, { maxLength: 3 }),
      frustrations: fc.array(textArbitrary, { maxLength: 3 }),
      quote: textArbitrary,
    },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  );

/** A valid, canonical journey map: toJson(fromJson(map)) must give it back exactly. */
export function journeyMapArbitrary(): fc.Arbitrary<JourneyMapJson> {
  return fc
    .record({
      title: textArbitrary,
      locale: fc.constantFrom('fr', 'en'),
      personaIds: uniqueIds(3),
      journeyIds: uniqueIds(3),
      // Card ids are unique across journeys, so draw them once and deal them out.
      cardIds: uniqueIds(24),
      split: fc.array(fc.nat({ max: 24 }), { minLength: 3, maxLength: 3 }),
    })
    .chain(({ title, locale, personaIds, journeyIds, cardIds, split }) => {
      const cuts = split.slice(0, journeyIds.length).map((n) => n % (cardIds.length + 1));
      const sortedCuts = [...cuts].sort((a, b) => a - b);
      const slices = journeyIds.map((_, i) => cardIds.slice(i === 0 ? 0 : sortedCuts[i - 1], sortedCuts[i]));
      return fc
        .record({
          personas: fc.tuple(...personaIds.map(personaArbitrary)),
          journeys: fc.tuple(...journeyIds.map((id, i) => journeyArbitrary(id, String(i), personaIds, slices[i]!))),
        })
        .map(({ personas, journeys }) => ({
          format: 'parcours/journey-map' as const,
          version: 1 as const,
          title,
          locale,
          personas,
          journeys,
        }));
    });
}
