/**
 * Random user commands for convergence tests (in-memory peers here, real relay clients in the
 * server suite). An op names its targets by index into what the peer currently sees, so the same
 * op sequence is meaningful on any peer and replayable from a seed.
 */
import fc from 'fast-check';
import type * as Y from 'yjs';
import { addAction, linkCard } from '../commands/actions';
import { addCard, moveCard, removeCards, setCardText, updateCard } from '../commands/cards';
import { addChannel, moveChannel, removeChannel } from '../commands/channels';
import { rateEmotion, setEmotion } from '../commands/emotions';
import { addJourney, updateJourney } from '../commands/journeys';
import { addBlueprintLanes, setChannelLane } from '../commands/lanes';
import { addPersona, removePersona } from '../commands/personas';
import { addPhase, movePhase, removePhase, setKpi } from '../commands/phases';
import { unvote, vote } from '../commands/votes';
import { addComment } from '../comments/addComment';
import { authorKeyOf } from '../comments/authorKey';
import { deleteComment } from '../comments/deleteComment';
import { editComment } from '../comments/editComment';
import { reopenThread } from '../comments/reopenThread';
import { replyToComment } from '../comments/replyToComment';
import { resolveThread } from '../comments/resolveThread';
import type { CommentAuthor } from '../comments/types';
import { sortByOrder } from '../order';
import { toSnapshot } from '../read/toSnapshot';
import type { CardKind, Emotion, Lane, Snapshot } from '../types';

export type Op =
  | { type: 'addPhase' | 'addChannel'; at: number }
  | { type: 'movePhase' | 'moveChannel'; item: number; before: number }
  | { type: 'removePhase' | 'removeChannel'; item: number }
  | { type: 'addCard'; kind: CardKind; phase: number; channel: number; text: string }
  | { type: 'moveCard'; card: number; phase: number; channel: number; before: number }
  | { type: 'typeText'; card: number; at: number; text: string }
  | { type: 'removeCard'; card: number }
  | { type: 'rate'; card: number; emotion: Emotion }
  | { type: 'setEmotion'; card: number; emotion: Emotion }
  | { type: 'vote' | 'unvote'; card: number }
  | { type: 'link'; card: number; target: number }
  | { type: 'addAction'; card: number; impact: number; effort: number }
  | { type: 'linkAction'; action: number; card: number }
  | { type: 'persona' | 'removePersona'; item: number }
  | { type: 'kpi'; phase: number; value: number }
  | { type: 'lane'; item: number; lane: Lane }
  | { type: 'blueprint' }
  | { type: 'comment'; card: number; mention: number | null }
  | { type: 'reply'; comment: number; mention: number | null }
  | { type: 'editComment' | 'deleteComment'; comment: number }
  | { type: 'resolve' | 'reopen'; comment: number };

const idx = fc.nat({ max: 12 });
const emotion = fc.constantFrom<Emotion>(-2, -1, 0, 1, 2);

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constantFrom('addPhase' as const, 'addChannel' as const), at: idx }),
  fc.record({ type: fc.constantFrom('movePhase' as const, 'moveChannel' as const), item: idx, before: idx }),
  fc.record({ type: fc.constantFrom('removePhase' as const, 'removeChannel' as const), item: idx }),
  fc.record({
    type: fc.constant('addCard' as const),
    kind: fc.constantFrom<CardKind>('touchpoint', 'irritant', 'enchantment', 'note'),
    phase: idx,
    channel: idx,
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({ type: fc.constant('moveCard' as const), card: idx, phase: idx, channel: idx, before: idx }),
  fc.record({
    type: fc.constant('typeText' as const),
    card: idx,
    at: idx,
    text: fc.constantFrom('a', 'é', '😀', 'xyz', ''),
  }),
  fc.record({ type: fc.constant('removeCard' as const), card: idx }),
  fc.record({ type: fc.constantFrom('rate' as const, 'setEmotion' as const), card: idx, emotion }),
  fc.record({ type: fc.constantFrom('vote' as const, 'unvote' as const), card: idx }),
  fc.record({ type: fc.constant('link' as const), card: idx, target: idx }),
  fc.record({
    type: fc.constant('addAction' as const),
    card: idx,
    impact: fc.integer({ min: 1, max: 5 }),
    effort: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ type: fc.constant('linkAction' as const), action: idx, card: idx }),
  fc.record({ type: fc.constantFrom('persona' as const, 'removePersona' as const), item: idx }),
  fc.record({ type: fc.constant('kpi' as const), phase: idx, value: fc.integer({ min: 0, max: 100 }) }),
  fc.record({
    type: fc.constant('lane' as const),
    item: idx,
    lane: fc.constantFrom<Lane>('customer', 'frontstage', 'backstage', 'support'),
  }),
  fc.record({ type: fc.constant('blueprint' as const) }),
);

/** Comment ops: threads on cards and headers, replies with mentions, edits, deletions, resolve/reopen. */
export const commentOpArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('comment' as const), card: idx, mention: fc.option(fc.nat({ max: 4 })) }),
  fc.record({ type: fc.constant('reply' as const), comment: idx, mention: fc.option(fc.nat({ max: 4 })) }),
  fc.record({ type: fc.constantFrom('editComment' as const, 'deleteComment' as const), comment: idx }),
  fc.record({ type: fc.constantFrom('resolve' as const, 'reopen' as const), comment: idx }),
);

/** Board ops and comment ops (the convergence property and the server's check run both). */
export const opWithCommentsArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: opArbitrary },
  { weight: 1, arbitrary: commentOpArbitrary },
);

/** The comment identity of a test participant: its key from a secret derived from its id. */
export function testAuthor(participantId: string): CommentAuthor {
  return { id: participantId, name: `Nom ${participantId}`, key: authorKeyOf(`test-secret-of-${participantId}`)! };
}

function pick<T extends { id: string; order?: string }>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Applies one op as `participantId` on `doc`, reading targets from the peer's own current state. */
/**
 * Runs `op` as `participantId` would. A participant (`facilitator: false`) cannot set a card's
 * facilitator emotion (the server refuses it, forbiddenChanges.ts): it rates the card instead.
 */
export function applyOp(
  doc: Y.Doc,
  journeyId: string,
  op: Op,
  participantId: string,
  as: { facilitator: boolean } = { facilitator: true },
): void {
  const snap = toSnapshot(doc);
  const phases = sortByOrder(Object.values(snap.phases).filter((p) => p.journeyId === journeyId));
  const channels = sortByOrder(Object.values(snap.channels).filter((c) => c.journeyId === journeyId));
  const cards = sortByOrder(Object.values(snap.cards).filter((c) => c.journeyId === journeyId));
  const actions = sortByOrder(Object.values(snap.actions));
  const personas = sortByOrder(Object.values(snap.personas));
  const card = 'card' in op ? pick(cards, op.card) : undefined;
  const author = testAuthor(participantId);
  const comments = Object.values(snap.comments).sort((a, b) => (a.id < b.id ? -1 : 1));
  const comment = 'comment' in op ? pick(comments, op.comment) : undefined;
  const mine =
    'comment' in op
      ? pick(
          comments.filter((c) => c.authorKey === author.key),
          op.comment,
        )
      : undefined;
  const mention = (n: number | null) =>
    n === null ? ' ' : { mention: `participant-${n}`, name: `Nom participant-${n}` };
  switch (op.type) {
    case 'comment': {
      const anchor = card
        ? { kind: 'card' as const, id: card.id }
        : phases[0] && { kind: 'phase' as const, id: phases[0].id };
      if (anchor) addComment(doc, { anchor, author, body: ['Vu ', mention(op.mention), '<b>ok</b>'] });
      return;
    }
    case 'reply':
      if (comment) replyToComment(doc, { threadId: comment.threadId, author, body: [mention(op.mention), 'réponse'] });
      return;
    case 'editComment':
      if (mine) editComment(doc, { commentId: mine.id, author, body: `modifié ${op.comment}` });
      return;
    case 'deleteComment':
      if (mine) deleteComment(doc, { commentId: mine.id, author });
      return;
    case 'resolve':
      if (comment) resolveThread(doc, { threadId: comment.threadId });
      return;
    case 'reopen':
      if (comment) reopenThread(doc, { threadId: comment.threadId });
      return;
    case 'addPhase':
      addPhase(doc, { journeyId, name: `P${op.at}`, before: pick(phases, op.at)?.id });
      return;
    case 'addChannel':
      addChannel(doc, { journeyId, name: `C${op.at}`, before: pick(channels, op.at)?.id });
      return;
    case 'movePhase': {
      const item = pick(phases, op.item);
      if (item) movePhase(doc, { phaseId: item.id, before: pick(phases, op.before)?.id });
      return;
    }
    case 'moveChannel': {
      const item = pick(channels, op.item);
      if (item) moveChannel(doc, { channelId: item.id, before: pick(channels, op.before)?.id });
      return;
    }
    case 'removePhase': {
      const item = pick(phases, op.item);
      if (item) removePhase(doc, { phaseId: item.id });
      return;
    }
    case 'removeChannel': {
      const item = pick(channels, op.item);
      if (item) removeChannel(doc, { channelId: item.id });
      return;
    }
    case 'addCard': {
      const phase = pick(phases, op.phase);
      const channel = pick(channels, op.channel);
      const cell = phase && channel ? { phaseId: phase.id, channelId: channel.id } : null;
      addCard(doc, { journeyId, kind: op.kind, text: op.text, cell });
      return;
    }
    case 'moveCard': {
      const phase = pick(phases, op.phase);
      const channel = pick(channels, op.channel);
      if (card) {
        const to = phase && channel && op.before % 4 !== 0 ? { phaseId: phase.id, channelId: channel.id } : null;
        moveCard(doc, { cardId: card.id, to, before: pick(cards, op.before)?.id });
      }
      return;
    }
    case 'typeText':
      if (card) {
        const at = Math.min(op.at, [...card.text].length);
        const chars = [...card.text];
        chars.splice(at, 0, op.text);
        setCardText(doc, { cardId: card.id, text: chars.join('') });
      }
      return;
    case 'removeCard':
      if (card) removeCards(doc, { cardIds: [card.id] });
      return;
    case 'rate':
      if (card) rateEmotion(doc, { cardId: card.id, participantId, emotion: op.emotion });
      return;
    case 'setEmotion':
      if (card && as.facilitator) setEmotion(doc, { cardId: card.id, emotion: op.emotion });
      else if (card) rateEmotion(doc, { cardId: card.id, participantId, emotion: op.emotion });
      return;
    case 'vote':
      if (card) vote(doc, { cardId: card.id, participantId });
      return;
    case 'unvote':
      if (card) unvote(doc, { cardId: card.id, participantId });
      return;
    case 'link': {
      const target = pick(
        cards.filter((c) => c.kind === 'touchpoint'),
        op.target,
      );
      if (card && target && target.id !== card.id && card.kind !== 'touchpoint')
        updateCard(doc, { cardId: card.id, touchpointId: target.id });
      return;
    }
    case 'addAction':
      addAction(doc, { journeyId, title: 'A', cardIds: card ? [card.id] : [], impact: op.impact, effort: op.effort });
      return;
    case 'linkAction': {
      const action = pick(actions, op.action);
      const target = pick(cards, op.card);
      if (action && target) linkCard(doc, { actionId: action.id, cardId: target.id });
      return;
    }
    case 'persona': {
      const personaId =
        op.item % 2 === 0 ? addPersona(doc, { name: `Persona ${op.item}` }) : pick(personas, op.item)?.id;
      if (personaId) updateJourney(doc, { journeyId, personaId });
      return;
    }
    case 'removePersona': {
      const persona = pick(personas, op.item);
      if (persona) removePersona(doc, { personaId: persona.id });
      return;
    }
    case 'kpi': {
      const phase = pick(phases, op.phase);
      if (phase)
        setKpi(doc, { phaseId: phase.id, kpiId: phase.kpis[0]?.id, name: 'CSAT', value: op.value, target: 80 });
      return;
    }
    case 'lane': {
      const channel = pick(channels, op.item);
      if (channel) setChannelLane(doc, { channelId: channel.id, lane: op.lane });
      return;
    }
    case 'blueprint':
      addBlueprintLanes(doc, { journeyId });
      return;
  }
}

/** The invariants every peer's snapshot must satisfy; returns the broken ones (empty when all hold). */
export function brokenInvariants(snapshot: Snapshot): string[] {
  const broken: string[] = [];
  for (const card of Object.values(snapshot.cards)) {
    if (!snapshot.journeys[card.journeyId]) broken.push(`card ${card.id} of a missing journey`);
    if ((card.phaseId === null) !== (card.channelId === null)) broken.push(`card ${card.id} half placed`);
    if (card.phaseId !== null && snapshot.phases[card.phaseId]?.journeyId !== card.journeyId)
      broken.push(`card ${card.id} in a missing phase`);
    if (card.channelId !== null && snapshot.channels[card.channelId]?.journeyId !== card.journeyId)
      broken.push(`card ${card.id} in a missing channel`);
    if (card.touchpointId !== undefined && snapshot.cards[card.touchpointId]?.kind !== 'touchpoint')
      broken.push(`card ${card.id} links a missing touchpoint`);
  }
  for (const action of Object.values(snapshot.actions)) {
    for (const id of action.cardIds)
      if (!snapshot.cards[id]) broken.push(`action ${action.id} links missing card ${id}`);
    if (new Set(action.cardIds).size !== action.cardIds.length) broken.push(`action ${action.id} links a card twice`);
  }
  for (const comment of Object.values(snapshot.comments)) {
    if (!snapshot.comments[comment.threadId]) broken.push(`comment ${comment.id} in a missing thread`);
    if (comment.deleted && comment.body.length > 0) broken.push(`deleted comment ${comment.id} shows text`);
    if ((comment.threadId === comment.id) !== (comment.anchor !== undefined))
      broken.push(`comment ${comment.id} anchored as a reply or unanchored as a thread`);
  }
  for (const journey of Object.values(snapshot.journeys)) {
    if (journey.personaId !== null && !snapshot.personas[journey.personaId])
      broken.push(`journey ${journey.id} has a missing persona`);
  }
  return broken;
}

/** A journey with a small grid, the same on every peer (apply to one, then sync). */
export function seedJourney(doc: Y.Doc): string {
  const journeyId = addJourney(doc, { title: 'Parcours', id: 'journey' });
  addPhase(doc, { journeyId, name: 'Recherche', id: 'phase-a' });
  addPhase(doc, { journeyId, name: 'Achat', id: 'phase-b' });
  addChannel(doc, { journeyId, name: 'Web', id: 'channel-a' });
  addChannel(doc, { journeyId, name: 'Boutique', id: 'channel-b' });
  return journeyId;
}
