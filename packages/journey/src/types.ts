/**
 * The snapshot types: plain, readonly, JSON-friendly records read from the Y.Doc.
 * Everything outside packages/journey reads these and never a Y type.
 */

import type { Comment } from './comments/types';
import type { ImageRef } from './images/imageRef';

export type { Comment, CommentAnchor, CommentAuthor, CommentMention, CommentPart } from './comments/types';

export type Locale = 'fr' | 'en';
export type CardKind = 'touchpoint' | 'irritant' | 'enchantment' | 'note';
export type JourneyStage = 'as-is' | 'to-be';
export type ActionStatus = 'todo' | 'doing' | 'done';
/** -2 (very negative) .. 2 (very positive). */
export type Emotion = -2 | -1 | 0 | 1 | 2;
export type Severity = 1 | 2 | 3;
export type TemplateId =
  | 'fr-purchase-8'
  | 'en-purchase-8'
  | 'fr-lifecycle-5'
  | 'en-lifecycle-5'
  | 'fr-blueprint'
  | 'en-blueprint'
  | 'blank';
/** The service-blueprint lane of a channel (blueprint/lanes.ts); a channel without one is frontstage. */
export type Lane = 'customer' | 'frontstage' | 'backstage' | 'support';

export const CARD_KINDS: readonly CardKind[] = ['touchpoint', 'irritant', 'enchantment', 'note'];
export const EMOTIONS: readonly Emotion[] = [-2, -1, 0, 1, 2];

export interface Board {
  readonly title: string;
  readonly locale: Locale;
  readonly schemaVersion: number;
}

export interface Persona {
  readonly id: string;
  readonly order: string;
  readonly name: string;
  readonly segment?: string;
  readonly description?: string;
  readonly goals: readonly string[];
  readonly frustrations: readonly string[];
  readonly quote?: string;
}

export interface Journey {
  readonly id: string;
  readonly order: string;
  readonly title: string;
  /** null when none is chosen or the persona was deleted. */
  readonly personaId: string | null;
  readonly stage: JourneyStage;
}

export interface Kpi {
  readonly id: string;
  readonly order: string;
  readonly name: string;
  readonly value?: number;
  readonly target?: number;
  readonly unit?: string;
}

export interface Phase {
  readonly id: string;
  readonly journeyId: string;
  readonly order: string;
  readonly name: string;
  /** In display order. */
  readonly kpis: readonly Kpi[];
}

export interface Channel {
  readonly id: string;
  readonly journeyId: string;
  readonly order: string;
  readonly name: string;
  /** Absent for frontstage (every channel of a board that never used lanes). */
  readonly lane?: Lane;
}

/** The free-text fields of a card besides its main text. */
export const CARD_TEXT_FIELDS = ['does', 'thinks', 'feels', 'needs', 'goal', 'department'] as const;
export type CardTextField = (typeof CARD_TEXT_FIELDS)[number];

export interface Card {
  readonly id: string;
  readonly journeyId: string;
  readonly kind: CardKind;
  /** Both null when the card is unplaced (in the tray), including when its phase or channel was removed. */
  readonly phaseId: string | null;
  readonly channelId: string | null;
  /** Order inside its cell (or inside the tray). */
  readonly order: string;
  readonly text: string;
  readonly does?: string;
  readonly thinks?: string;
  readonly feels?: string;
  readonly needs?: string;
  readonly goal?: string;
  readonly department?: string;
  readonly keyMoment: boolean;
  /** The facilitator's value, used when no participant has rated. */
  readonly emotion?: Emotion;
  /** participantId -> rating. */
  readonly ratings: Readonly<Record<string, Emotion>>;
  /** participantId -> number of dots (>= 1). */
  readonly votes: Readonly<Record<string, number>>;
  readonly csat?: number;
  readonly nps?: number;
  readonly ces?: number;
  readonly severity?: Severity;
  /** For a touchpoint: survey comments (verbatims) brought by a survey import. */
  readonly feedback?: readonly string[];
  /** For an irritant or enchantment: the touchpoint it is about; for a card of a backstage or support lane: the touchpoint it serves. Absent when that touchpoint is gone. */
  readonly touchpointId?: string;
  readonly color?: string;
  /** Written in private mode: only its author sees it until the facilitator reveals all cards (see facilitation/privateMode.ts). */
  readonly hidden?: true;
  /** The participant who wrote a private card. */
  readonly authorId?: string;
  /** The card's picture (images/imageRef.ts), shown above its text; with no text it is a photo. */
  readonly image?: ImageRef;
}

export interface Action {
  readonly id: string;
  readonly journeyId: string;
  readonly order: string;
  readonly title: string;
  /** Only ids of cards that exist. */
  readonly cardIds: readonly string[];
  readonly impact: number;
  readonly effort: number;
  readonly owner?: string;
  /** YYYY-MM-DD */
  readonly due?: string;
  readonly status: ActionStatus;
}

/**
 * The whole board. Records are keyed by id; each keeps its object identity across snapshots
 * while it does not change (structural sharing), so `prev.cards[id] === next.cards[id]` means unchanged.
 */
export interface Snapshot {
  readonly board: Board;
  readonly personas: Readonly<Record<string, Persona>>;
  readonly journeys: Readonly<Record<string, Journey>>;
  readonly phases: Readonly<Record<string, Phase>>;
  readonly channels: Readonly<Record<string, Channel>>;
  readonly cards: Readonly<Record<string, Card>>;
  readonly actions: Readonly<Record<string, Action>>;
  /** Comments and replies by id (comments/threads.ts groups them into threads). */
  readonly comments: Readonly<Record<string, Comment>>;
  /** The facilitation state (lock, timer, private mode, vote, rating round); not part of the JSON format. */
  readonly session: Session;
}

export interface Cell {
  readonly phaseId: string;
  readonly channelId: string;
}

/**
 * Facilitation state of a workshop, synced to everyone but changed only by a facilitator.
 * Each part is one value in the doc, so concurrent changes resolve to one whole state, never a mix.
 */
export interface Session {
  /** When true, participants may add and edit cards and actions but not personas, journeys, phases or channels. */
  readonly structureLocked: boolean;
  readonly timer: TimerSetting | null;
  /** While on, new cards are created hidden (see addCardAs). */
  readonly privateMode: boolean;
  readonly vote: VoteSetting | null;
  readonly ratingRound: RatingRound | null;
}

/** A countdown stored as an end time, never as ticks: running when `endsAt` is set, paused when `remainingMs` is. */
export interface TimerSetting {
  readonly durationMs: number;
  /** Epoch ms at which it rings, while running. */
  readonly endsAt: number | null;
  /** What was left when paused. */
  readonly remainingMs: number | null;
}

export type RoundStatus = 'open' | 'closed';

/** A dot vote: each participant has `dotsPerParticipant` dots to put on cards of `kinds` (of one journey, or all). */
export interface VoteSetting {
  readonly id: string;
  readonly status: RoundStatus;
  readonly dotsPerParticipant: number;
  readonly kinds: readonly CardKind[];
  readonly journeyId: string | null;
}

export interface RatingRound {
  readonly status: RoundStatus;
  readonly journeyId: string | null;
}
