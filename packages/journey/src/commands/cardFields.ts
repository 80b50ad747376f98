import { z } from 'zod';
import { LIMITS } from '../format/limits';
import { imageRefSchema } from '../images/imageRef';
import { CARD_KINDS } from '../types';

const optionalText = z.string().max(10_000).nullable().optional();
const emotion = z.number().int().min(-2).max(2);

/** The fields a user can set on a card; null clears a field. Validated before any write. */
export const cardPatchSchema = z
  .object({
    kind: z.enum(CARD_KINDS as ['touchpoint', 'irritant', 'enchantment', 'note']).optional(),
    does: optionalText,
    thinks: optionalText,
    feels: optionalText,
    needs: optionalText,
    goal: optionalText,
    department: optionalText,
    keyMoment: z.boolean().optional(),
    emotion: emotion.nullable().optional(),
    csat: z.number().min(0).max(100).nullable().optional(),
    nps: z.number().min(-100).max(100).nullable().optional(),
    ces: z.number().min(1).max(7).nullable().optional(),
    severity: z.number().int().min(1).max(3).nullable().optional(),
    /** Survey comments on a touchpoint (see survey/applySurvey.ts). */
    feedback: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.feedbackPerCard).nullable().optional(),
    touchpointId: z.string().nullable().optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .nullable()
      .optional(),
    /** The card's picture: a reference to an image the server stores (images/imageRef.ts). */
    image: imageRefSchema.nullable().optional(),
  })
  .strict();

export type CardPatch = z.input<typeof cardPatchSchema>;

export const emotionSchema = emotion;

/** Validates a patch, throwing a RangeError that names the field: the UI only sends valid values, so this guards programming errors and pasted data. */
export function toCardPatch(input: unknown): z.output<typeof cardPatchSchema> {
  const parsed = cardPatchSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`Invalid card field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
