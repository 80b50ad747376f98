/**
 * The ids of the JSON format (schema.ts), in zod's mini build, which both the classic-zod format and
 * the mini-zod comment schema (comments/commentSchema.ts) embed: the browser writes comments without
 * zod's classic build (facilitation/input.ts says why).
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits';

/** `__proto__` is excluded because ids become object keys in snapshots. */
const ID_PATTERN = new RegExp(`^(?!__proto__$)[A-Za-z0-9_-]{1,${LIMITS.idLength}}$`);

export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'An id is 1 to 64 letters, digits, "_" or "-"'))
  .register(z.globalRegistry, {
    description: 'Identifier, unique among the records of its kind in the map (KPIs: within their phase).',
  });

export const participantIdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.participantIdLength));
