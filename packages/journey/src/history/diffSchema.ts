/**
 * The shape of a board diff (diff.ts), as zod schemas: the one declaration of these types, which the
 * server also replies with and documents (@parcours/api: a version's summary, a diff over HTTP).
 */
import { z } from 'zod';

const ids = z.array(z.string()).readonly();

export const cardChangesSchema = z.object({
  added: ids,
  removed: ids,
  moved: ids.meta({ description: 'Placed in another cell (or the tray), or reordered in its cell' }),
  edited: ids.meta({ description: 'Any other field: text, kind, emotion, ratings, votes, survey figures...' }),
});

export const phaseCountSchema = z.object({
  journeyId: z.string(),
  phaseId: z.string().nullable().meta({ description: 'null: the tray (cards without a phase)' }),
  phaseName: z
    .string()
    .nullable()
    .meta({ description: "The phase's name in the newer version (or in the older one when it was removed since)" }),
  count: z.number(),
});

export const emotionChangeSchema = z.object({
  journeyId: z.string(),
  phaseId: z.string(),
  phaseName: z.string(),
  before: z
    .number()
    .nullable()
    .meta({ description: "Mean emotion of the phase's touchpoints (-2..2), null when none had one" }),
  after: z.number().nullable(),
});

export const phaseRenameSchema = z.object({
  journeyId: z.string(),
  phaseId: z.string(),
  from: z.string(),
  to: z.string(),
});

export const phaseRefSchema = z.object({
  journeyId: z.string(),
  phaseId: z.string(),
  name: z.string(),
  cards: z
    .number()
    .meta({ description: 'Cards the phase held (in the older version when removed, in the newer one when added)' }),
});

export const diffSummarySchema = z.object({
  cardsAdded: z.number(),
  cardsRemoved: z.number(),
  cardsMoved: z.number(),
  cardsEdited: z.number(),
  irritantsAdded: z
    .array(phaseCountSchema)
    .readonly()
    .meta({ description: 'Irritants that are new (or became irritants), per phase of the newer version' }),
  irritantsRemoved: z
    .array(phaseCountSchema)
    .readonly()
    .meta({ description: 'Irritants that are gone (or are no longer irritants), per phase of the older version' }),
  emotion: z
    .array(emotionChangeSchema)
    .readonly()
    .meta({ description: 'Phases (in both versions) whose mean emotion changed' }),
  actionsDone: z.number().meta({ description: 'Actions whose status became done (or that are new and done)' }),
  actionsAdded: z.number(),
  actionsRemoved: z.number(),
  phasesAdded: z.array(phaseRefSchema).readonly(),
  phasesRemoved: z.array(phaseRefSchema).readonly(),
  phasesRenamed: z.array(phaseRenameSchema).readonly(),
  titleChanged: z.boolean(),
});

export const boardDiffSchema = z.object({ cards: cardChangesSchema, summary: diffSummarySchema });

export type CardChanges = z.infer<typeof cardChangesSchema>;
export type PhaseCount = z.infer<typeof phaseCountSchema>;
export type EmotionChange = z.infer<typeof emotionChangeSchema>;
export type PhaseRename = z.infer<typeof phaseRenameSchema>;
export type PhaseRef = z.infer<typeof phaseRefSchema>;
export type DiffSummary = z.infer<typeof diffSummarySchema>;
export type BoardDiff = z.infer<typeof boardDiffSchema>;
