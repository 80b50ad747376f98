/**
 * Upper bounds of a journey map file. They exist so that a hand-made or hostile file cannot
 * make a browser or the server build a document nobody could work with; a real workshop stays
 * far below them. They are part of the format (docs/FORMAT.md) and of its JSON Schema.
 */
export const LIMITS = {
  personas: 200,
  journeys: 50,
  phasesPerJourney: 200,
  channelsPerJourney: 200,
  kpisPerPhase: 50,
  /** Across all journeys of the map. */
  cards: 20_000,
  actionsPerJourney: 5_000,
  cardIdsPerAction: 500,
  /** Participants who rated (or voted on) one card. */
  participantsPerCard: 1_000,
  votesPerParticipant: 1_000,
  goalsPerPersona: 100,
  /** Comments and replies of the whole map. */
  comments: 20_000,
  /** Survey comments kept on one touchpoint (the first ones of the file), each a short text. */
  feedbackPerCard: 200,
  /** Characters (UTF-16 code units) of a name, title, unit or other short field. */
  shortText: 2_000,
  /** Characters of a card's text, its sub-fields and a persona's description (what the editor allows). */
  longText: 10_000,
  idLength: 64,
  /** Participant ids come from the client (ratings and votes keys), so they are only bounded. */
  participantIdLength: 128,
} as const;
