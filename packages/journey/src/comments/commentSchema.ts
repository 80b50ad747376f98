/**
 * A comment in the JSON format (schema.ts embeds it; docs/FORMAT.md, Comments), in zod's mini build:
 * the board writes comments into its JSON exports in the browser (comments/json.ts), which then needs
 * no part of zod's classic build (facilitation/input.ts says why).
 */
import * as z from 'zod/mini';
import { idSchema as id, participantIdSchema as participantId } from '../format/idSchemas';
import { MAX_ANCHOR_COORDINATE } from './anchor';
import { bodyLength, MAX_COMMENT_LENGTH, MAX_COMMENT_PARTS, MAX_NAME_LENGTH } from './body';

/** What `.meta({ description })` does in the classic build: the JSON Schema (format/jsonSchema.ts) shows it. */
function described<T extends z.core.$ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const recordAnchor = (kind: 'card' | 'phase' | 'channel' | 'persona') => z.strictObject({ kind: z.literal(kind), id });
const coordinate = z.number().check(z.minimum(-MAX_ANCHOR_COORDINATE), z.maximum(MAX_ANCHOR_COORDINATE));

export const commentSchema = z
  .strictObject({
    id,
    thread: described(z.optional(id), "A reply: the id of its thread's first comment."),
    anchor: described(
      z.optional(
        z.union([
          recordAnchor('card'),
          recordAnchor('phase'),
          recordAnchor('channel'),
          recordAnchor('persona'),
          z.strictObject({ kind: z.literal('point'), journeyId: id, x: coordinate, y: coordinate }),
        ]),
      ),
      "A thread's first comment: where it sits (the record may be gone: a thread on a deleted card).",
    ),
    authorId: participantId,
    authorName: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
    authorKey: described(z.optional(participantId), "Hash of its author's device secret: who may edit it."),
    body: described(
      z
        .array(
          z.union([
            z.string(),
            z.strictObject({
              mention: participantId,
              name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
            }),
          ]),
        )
        .check(
          z.maxLength(MAX_COMMENT_PARTS),
          z.refine((body) => bodyLength(body) <= MAX_COMMENT_LENGTH, {
            message: `A comment is at most ${MAX_COMMENT_LENGTH} characters`,
          }),
        ),
      `Plain text and mentions, at most ${MAX_COMMENT_LENGTH} characters; never markup.`,
    ),
    createdAt: described(z.number(), 'Milliseconds since 1970-01-01 UTC'),
    editedAt: z.optional(z.number()),
    resolved: z.optional(z.literal(true)),
    deleted: z.optional(z.literal(true)),
  })
  .register(z.globalRegistry, {
    title: 'Comment',
    description: 'A comment of a review thread, or a reply (docs/FORMAT.md, Comments).',
  });
