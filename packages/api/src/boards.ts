/**
 * The boards API's bodies (apps/server/src/routes/boards.ts): the server validates and documents
 * with these schemas (OpenAPI), the web app takes its types from them.
 */
import { BOARD_ROLES, TEMPLATE_IDS, type TemplateId } from '@parcours/journey';
import { z } from 'zod';

const LOCALES = ['fr', 'en'] as const;

export const boardRoleSchema = z.enum(BOARD_ROLES);

export const createBoardBody = z.object({
  title: z.string().trim().max(200).optional().meta({ description: "Blank: the template's title" }),
  locale: z.enum(LOCALES).default('fr'),
  template: z.enum(TEMPLATE_IDS as readonly [TemplateId, ...TemplateId[]]).default('blank'),
});

export const createdBoard = z.object({
  id: z.string(),
  editToken: z.string(),
  viewToken: z.string(),
  editUrl: z.string(),
  viewUrl: z.string(),
  /** The creator's link: runs the workshop (lock, timer, votes...); not meant to be shared with participants. */
  facilitatorToken: z.string(),
  facilitatorUrl: z.string(),
  /** A reviewer's link: sees the board and comments, nothing else. */
  commentToken: z.string(),
  commentUrl: z.string(),
});

export const shareableTokens = z
  .object({
    facilitator: z.string().optional(),
    edit: z.string().optional(),
    view: z.string().optional(),
    comment: z.string().optional(),
  })
  .meta({
    description:
      'The tokens this one may share: itself, and for a facilitator the edit, comment and view tokens, for an editor the comment and view tokens (derived from it: see Access)',
  });

export const boardAccess = z.object({
  id: z.string(),
  role: boardRoleSchema,
  facilitated: z
    .boolean()
    .meta({ description: 'The board has a facilitator: only their token renames, deletes and restores versions' }),
  tokens: shareableTokens,
});

const counts = z.object({
  personas: z.number(),
  journeys: z.number(),
  phases: z.number(),
  channels: z.number(),
  cards: z.number(),
  actions: z.number(),
});

export const boardSummary = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.enum(LOCALES),
  schemaVersion: z.number(),
  role: boardRoleSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  counts,
  journeys: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      stage: z.enum(['as-is', 'to-be']),
      personaId: z.string().nullable(),
      phases: z.number(),
      channels: z.number(),
      cards: z.number(),
      actions: z.number(),
    }),
  ),
});

export type CreateBoardRequest = z.input<typeof createBoardBody>;
export type CreatedBoard = z.infer<typeof createdBoard>;
export type ShareableTokens = z.infer<typeof shareableTokens>;
export type BoardAccess = z.infer<typeof boardAccess>;
export type BoardSummary = z.infer<typeof boardSummary>;
