/**
 * Cross-record rules applied on read, so every peer shows the same thing whatever order concurrent
 * changes arrived in: a card whose phase or channel is gone is unplaced (shown in the tray, never
 * lost); links to deleted personas, touchpoints or cards show as none; records of a deleted journey go.
 */
import type { Action, Card, Channel, Journey, Persona, Phase, Snapshot } from '../types';

export interface RawRecords {
  personas: Map<string, Persona>;
  journeys: Map<string, Journey>;
  phases: Map<string, Phase>;
  channels: Map<string, Channel>;
  cards: Map<string, Card>;
  actions: Map<string, Action>;
}

type Collections = Omit<Snapshot, 'board' | 'session' | 'comments'>;

/**
 * Builds each collection, reusing the previous collection object when none of its entries changed.
 * `changed` lists the ids re-read since `previous`: when only cards changed (typing, moving, voting:
 * the common case), only those cards and the cards that link to them are fixed again.
 */
export function normalize(
  raw: RawRecords,
  previous: Snapshot | null,
  changed?: Readonly<Record<keyof RawRecords, ReadonlySet<string>>>,
): Collections {
  const personas = collect(raw.personas, previous?.personas, (p) => p);
  const journeys = collect(raw.journeys, previous?.journeys, (j) =>
    j.personaId !== null && !personas[j.personaId] ? { ...j, personaId: null } : j,
  );
  const inJourney = <T extends { journeyId: string }>(r: T) => (journeys[r.journeyId] ? r : undefined);
  const phases = collect(raw.phases, previous?.phases, inJourney);
  const channels = collect(raw.channels, previous?.channels, inJourney);
  const fixCard = (card: Card): Card | undefined => {
    if (!journeys[card.journeyId]) return undefined;
    const placed =
      card.phaseId !== null &&
      card.channelId !== null &&
      phases[card.phaseId]?.journeyId === card.journeyId &&
      channels[card.channelId]?.journeyId === card.journeyId;
    const target = card.touchpointId === undefined ? undefined : raw.cards.get(card.touchpointId);
    const linked =
      target !== undefined &&
      target.id !== card.id &&
      target.journeyId === card.journeyId &&
      target.kind === 'touchpoint';
    if ((placed || card.phaseId === null) && (linked || card.touchpointId === undefined)) return card;
    const { touchpointId: _dropped, ...rest } = card;
    const base = linked ? card : rest;
    return placed ? base : { ...base, phaseId: null, channelId: null };
  };
  const onlyCards =
    previous !== null &&
    changed !== undefined &&
    journeys === previous.journeys &&
    phases === previous.phases &&
    channels === previous.channels;
  const cards = onlyCards
    ? patchCards(raw.cards, previous.cards, changed.cards, fixCard)
    : collect(raw.cards, previous?.cards, fixCard);
  // Actions depend on which cards exist: reuse them when no card came or went and no action changed.
  const sameCardSet =
    onlyCards && [...changed.cards].every((id) => (cards[id] === undefined) === (previous.cards[id] === undefined));
  const actions =
    sameCardSet && changed.actions.size === 0
      ? previous.actions
      : collect(raw.actions, previous?.actions, (action) => {
          if (!journeys[action.journeyId]) return undefined;
          const cardIds = action.cardIds.filter((id) => cards[id]?.journeyId === action.journeyId);
          return cardIds.length === action.cardIds.length ? action : { ...action, cardIds };
        });
  return { personas, journeys, phases, channels, cards, actions };
}

/** Fixes again only the changed cards and the cards whose touchpoint link points at one of them. */
function patchCards(
  raw: Map<string, Card>,
  previous: Readonly<Record<string, Card>>,
  changedIds: ReadonlySet<string>,
  fix: (card: Card) => Card | undefined,
): Readonly<Record<string, Card>> {
  if (changedIds.size === 0) return previous;
  const ids = new Set(changedIds);
  for (const card of raw.values()) {
    if (card.touchpointId !== undefined && changedIds.has(card.touchpointId)) ids.add(card.id);
  }
  let out: Record<string, Card> | null = null;
  for (const id of ids) {
    const record = raw.get(id);
    let value = record === undefined ? undefined : fix(record);
    const before = previous[id];
    if (before !== undefined && value !== undefined && value !== record && sameFields(before, value)) value = before;
    if (value === before) continue;
    out ??= { ...previous };
    if (value === undefined) delete out[id];
    else out[id] = value;
  }
  return out ?? previous;
}

/**
 * Applies `fix` to each raw record; a fixed copy is reused from the previous snapshot when it is
 * equal, so identity is stable across snapshots for normalized records too.
 */
function collect<T extends { id: string }>(
  raw: Map<string, T>,
  previous: Readonly<Record<string, T>> | undefined,
  fix: (record: T) => T | undefined,
): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  let changed = previous === undefined;
  let count = 0;
  for (const [id, record] of raw) {
    let value = fix(record);
    if (value === undefined) continue;
    const before = previous?.[id];
    if (before !== undefined && before !== value && value !== record && sameFields(before, value)) value = before;
    if (before !== value) changed = true;
    out[id] = value;
    count++;
  }
  if (!changed && previous && Object.keys(previous).length === count) return previous;
  return out;
}

function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    return x === y || (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]));
  });
}
