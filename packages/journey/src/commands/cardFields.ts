import * as z from 'zod/mini';
import { safeParseInput } from '../facilitation/input';
import { LIMITS } from '../format/limits';
import { imageRefSchema } from '../images/imageRef';
import { CARD_KINDS } from '../types';

/** Absent keeps a field, null clears it. */
const clearable = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));
const optionalText = clearable(z.string().check(z.maxLength(10_000)));
const emotion = z.int().check(z.minimum(-2), z.maximum(2));

/** The fields a user can set on a card; null clears a field. Validated before any write. */
export const cardPatchSchema = z.strictObject({
  kind: z.optional(z.enum(CARD_KINDS as ['touchpoint', 'irritant', 'enchantment', 'note'])),
  does: optionalText,
  thinks: optionalText,
  feels: optionalText,
  needs: optionalText,
  goal: optionalText,
  department: optionalText,
  keyMoment: z.optional(z.boolean()),
  emotion: clearable(emotion),
  csat: clearable(z.number().check(z.minimum(0), z.maximum(100))),
  nps: clearable(z.number().check(z.minimum(-100), z.maximum(100))),
  ces: clearable(z.number().check(z.minimum(1), z.maximum(7))),
  severity: clearable(z.int().check(z.minimum(1), z.maximum(3))),
  /** Survey comments on a touchpoint (see survey/applySurvey.ts). */
  feedback: clearable(
    z.array(z.string().check(z.maxLength(LIMITS.shortText))).check(z.maxLength(LIMITS.feedbackPerCard)),
  ),
  touchpointId: clearable(z.string()),
  color: clearable(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
  /** The card's picture: a reference to an image the server stores (images/imageRef.ts). */
  image: clearable(imageRefSchema),
});

export type CardPatch = z.input<typeof cardPatchSchema>;

export const emotionSchema = emotion;

/** Validates a patch, throwing a RangeError that names the field: the UI only sends valid values, so this guards programming errors and pasted data. */
export function toCardPatch(input: unknown): z.output<typeof cardPatchSchema> {
  const parsed = safeParseInput(cardPatchSchema, input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`Invalid card field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
