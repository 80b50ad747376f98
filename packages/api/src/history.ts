/**
 * The history API's bodies (apps/server/src/routes/history.ts): a board's saved versions, naming
 * one, restoring one, and what changed between two (the model's diff, whose schemas the model owns).
 */
import { boardDiffSchema, diffSummarySchema } from '@parcours/journey';
import { z } from 'zod';

export const versionInfo = z.object({
  id: z.string(),
  kind: z.enum(['auto', 'safety', 'named']),
  name: z.string().nullable(),
  createdAt: z.string().meta({ description: 'ISO time' }),
  bytes: z.number(),
  participants: z.array(z.string()),
  summary: diffSummarySchema
    .nullable()
    .meta({ description: 'What changed since the previous version; null for the first one' }),
});

export const versionList = z.object({ versions: z.array(versionInfo) });

export const versionName = z.object({ name: z.string().trim().min(1).max(120) });

export const restoreScope = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('board') }),
  z.object({ scope: z.literal('journey'), journeyId: z.string().max(64) }),
  z.object({
    scope: z.literal('cards'),
    phaseIds: z.array(z.string().max(64)).max(200).optional(),
    cardIds: z.array(z.string().max(64)).max(10_000).optional(),
  }),
]);

export const boardDiff = boardDiffSchema;

export type VersionInfo = z.infer<typeof versionInfo>;
export type VersionKind = VersionInfo['kind'];
export type RestoreScope = z.infer<typeof restoreScope>;
