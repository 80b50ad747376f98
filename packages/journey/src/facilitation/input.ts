import type { z } from 'zod';

/** Validates a command's input, throwing a RangeError that names the command and the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, command: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`${command}: invalid ${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return parsed.data;
}
