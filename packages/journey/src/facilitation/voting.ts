/**
 * Dot voting session on top of the cards' own `votes` maps (commands/votes.ts): the session says
 * which cards are in the vote and how many dots each participant has; castVote refuses a dot the
 * participant does not have. Two devices of the same participant can both spend the last dot while
 * offline; the doc then holds more dots than allowed, so every reading here counts at most
 * `dotsPerParticipant` dots per participant, taking that participant's dots card by card in card id
 * order: every peer drops the same extra dots.
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { transact } from '../commands/transact';
import { unvote, vote } from '../commands/votes';
import { cardVotes, recordOf, recordsOf } from '../doc';
import { newId } from '../ids';
import { readSession, writeSession } from '../session';
import { CARD_KINDS, type Card, type CardKind, type Snapshot, type VoteSetting } from '../types';
import { parseInput } from './input';

export const MAX_DOTS_PER_PARTICIPANT = 100;

const openVoteInput = z.strictObject({
  dotsPerParticipant: z.int().check(z.minimum(1), z.maximum(MAX_DOTS_PER_PARTICIPANT)),
  kinds: z.array(z.enum(CARD_KINDS as ['touchpoint', 'irritant', 'enchantment', 'note'])).check(z.minLength(1)),
  journeyId: z.optional(z.nullable(z.string())),
  reset: z.optional(z.boolean()),
});

export interface OpenVoteInput {
  dotsPerParticipant: number;
  kinds: readonly CardKind[];
  /** Only cards of this journey; absent or null: every journey of the board. */
  journeyId?: string | null;
  /** Clears the dots already on the cards in the vote (a new round); default false keeps them. */
  reset?: boolean;
}

/** Facilitator: opens a dot vote (replacing any previous one); results stay hidden until it closes. */
export function openVote(doc: Y.Doc, input: OpenVoteInput): void {
  const { dotsPerParticipant, kinds, journeyId = null, reset = false } = parseInput(openVoteInput, input, 'openVote');
  const setting: VoteSetting = {
    id: newId(),
    status: 'open',
    dotsPerParticipant,
    kinds: [...new Set(kinds)],
    journeyId,
  };
  transact(doc, () => {
    writeSession(doc, 'vote', setting);
    if (!reset) return;
    for (const [, card] of recordsOf(doc, 'cards')) {
      const votes = cardVotes(card);
      if (votes && votes.size > 0 && inVote(setting, String(card.get('kind')), String(card.get('journeyId'))))
        votes.clear();
    }
  });
}

/**
 * The dots a new round (`openVote` with `reset`) would clear: every dot already on the cards it
 * covers, from free voting or an earlier round. The UI asks before wiping them (0: nothing to ask).
 */
export function dotsCleared(
  snapshot: Snapshot,
  input: { kinds: readonly CardKind[]; journeyId?: string | null },
): number {
  const setting: VoteSetting = {
    id: '',
    status: 'open',
    dotsPerParticipant: 1,
    kinds: [...input.kinds],
    journeyId: input.journeyId ?? null,
  };
  let dots = 0;
  for (const card of cardsInVote(snapshot, setting)) for (const n of Object.values(card.votes)) dots += n;
  return dots;
}

/** Facilitator: closes the vote; its results become visible to everyone. */
export function closeVote(doc: Y.Doc): void {
  transact(doc, () => {
    const current = readSession(doc).vote;
    if (current && current.status === 'open') writeSession(doc, 'vote', { ...current, status: 'closed' });
  });
}

export type VoteRefusal = 'no-vote-open' | 'card-not-found' | 'card-not-in-vote' | 'no-dots-left';

export type CastVoteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: VoteRefusal; readonly message: string };

const MESSAGES: Record<VoteRefusal, string> = {
  'no-vote-open': 'No vote is open',
  'card-not-found': 'This card no longer exists',
  'card-not-in-vote': 'This kind of card is not part of the vote',
  'no-dots-left': 'No dots left',
};

const refuse = (reason: VoteRefusal): CastVoteResult => ({ ok: false, reason, message: MESSAGES[reason] });

/**
 * A participant puts one dot on a card of the open vote. Refused (nothing written) when no vote is
 * open, the card is not in it, or the participant has spent all their dots. Take a dot back with `unvote`.
 */
export function castVote(doc: Y.Doc, input: { cardId: string; participantId: string }): CastVoteResult {
  return transact(doc, () => {
    const setting = openVoteOn(doc, input.cardId);
    if (typeof setting === 'string') return refuse(setting);
    let used = 0;
    for (const [, other] of recordsOf(doc, 'cards')) {
      const n = cardVotes(other)?.get(input.participantId);
      if (typeof n !== 'number' || n <= 0) continue;
      const journeyId = String(other.get('journeyId'));
      // Cards of a deleted journey are gone from snapshots: their dots must not count here either (see dotsLeft).
      if (inVote(setting, String(other.get('kind')), journeyId) && recordOf(doc, 'journeys', journeyId)) used += n;
    }
    if (used >= setting.dotsPerParticipant) return refuse('no-dots-left');
    vote(doc, input);
    return { ok: true } as const;
  });
}

/**
 * A participant takes one of their dots back from a card, while the vote is open only: once closed,
 * the results stay as announced. Refused when no vote is open or the card is not in it; a card
 * without this participant's dot is left as is (`ok: true`, nothing to give back).
 */
export function uncastVote(doc: Y.Doc, input: { cardId: string; participantId: string }): CastVoteResult {
  return transact(doc, () => {
    const setting = openVoteOn(doc, input.cardId);
    if (typeof setting === 'string') return refuse(setting);
    unvote(doc, input);
    return { ok: true } as const;
  });
}

/** The open vote, when the card is in it; else why a dot cannot go on it or come off it. */
function openVoteOn(doc: Y.Doc, cardId: string): VoteSetting | VoteRefusal {
  const setting = readSession(doc).vote;
  if (setting?.status !== 'open') return 'no-vote-open';
  const card = recordOf(doc, 'cards', cardId);
  if (!card) return 'card-not-found';
  if (!inVote(setting, String(card.get('kind')), String(card.get('journeyId')))) return 'card-not-in-vote';
  return setting;
}

function inVote(setting: VoteSetting, kind: string, journeyId: string): boolean {
  return (
    (setting.kinds as readonly string[]).includes(kind) &&
    (setting.journeyId === null || setting.journeyId === journeyId)
  );
}

/** Cards of the snapshot that are part of the vote, in card id order (the order extra dots are dropped in). */
export function cardsInVote(snapshot: Snapshot, setting: VoteSetting | null = snapshot.session.vote): Card[] {
  if (!setting) return [];
  return Object.values(snapshot.cards)
    .filter((card) => inVote(setting, card.kind, card.journeyId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The dots that count, per card then participant: at most `dotsPerParticipant` per participant. */
export function countedVotes(snapshot: Snapshot): Map<string, Map<string, number>> {
  const setting = snapshot.session.vote;
  const out = new Map<string, Map<string, number>>();
  if (!setting) return out;
  const spent = new Map<string, number>();
  for (const card of cardsInVote(snapshot, setting)) {
    const counted = new Map<string, number>();
    for (const [participantId, n] of Object.entries(card.votes)) {
      const used = spent.get(participantId) ?? 0;
      const take = Math.min(n, setting.dotsPerParticipant - used);
      if (take <= 0) continue;
      spent.set(participantId, used + take);
      counted.set(participantId, take);
    }
    out.set(card.id, counted);
  }
  return out;
}

/** Dots a participant can still put in the open vote (0 when no vote is open). */
export function dotsLeft(snapshot: Snapshot, participantId: string): number {
  const setting = snapshot.session.vote;
  if (setting?.status !== 'open') return 0;
  let used = 0;
  for (const card of cardsInVote(snapshot, setting)) used += card.votes[participantId] ?? 0;
  return Math.max(0, setting.dotsPerParticipant - used);
}

export interface VoteResult {
  readonly cardId: string;
  readonly dots: number;
  /** 1 for the most dots; equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** How many participants put at least one dot. */
  readonly voters: number;
}

/**
 * The ranking of a closed vote: every card in the vote, most dots first (ties by card id). Null
 * while the vote is open (results are hidden from everyone until the facilitator closes it) or when there is none.
 */
export function voteResults(snapshot: Snapshot): VoteResult[] | null {
  const setting = snapshot.session.vote;
  if (setting?.status !== 'closed') return null;
  const rows = [...countedVotes(snapshot)].map(([cardId, counted]) => {
    let dots = 0;
    for (const n of counted.values()) dots += n;
    return { cardId, dots, voters: counted.size };
  });
  rows.sort((a, b) => b.dots - a.dots || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1]!.dots !== row.dots) rank = i + 1;
    return { cardId: row.cardId, dots: row.dots, rank, voters: row.voters };
  });
}
