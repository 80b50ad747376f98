import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * The model's command inputs are checked with zod's mini build, whose functions tree-shake: the
 * phone view's first load carries a few KB of zod, where any use of the classic build brings about
 * 80 KB of it. Both builds share zod's core, so classic schemas are checked here too. The classic
 * build sets English messages when its first schema is built and mini never does: they are set
 * here before a check if nothing has, so a refusal reads the same in the browser and on the server.
 */
export function safeParseInput<T extends z.core.$ZodType>(schema: T, input: unknown) {
  if (!z.config().localeError) z.config(en());
  return z.safeParse(schema, input);
}

/** Validates a command's input, throwing a RangeError that names the command and the field. */
export function parseInput<T extends z.core.$ZodType>(schema: T, input: unknown, command: string): z.output<T> {
  const parsed = safeParseInput(schema, input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`${command}: invalid ${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return parsed.data;
}
