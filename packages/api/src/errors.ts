import { z } from 'zod';

/** One problem of a refused request: where (`title`, `query.token`, a JSON path of an import) and what. */
export const apiIssue = z.object({ path: z.string(), message: z.string() });

/** Every client or server error has this body. */
export const apiError = z
  .object({
    error: z.string(),
    issues: z.array(apiIssue).optional(),
  })
  .meta({ description: 'Client or server error' });

export type ApiIssue = z.infer<typeof apiIssue>;
export type ApiErrorBody = z.infer<typeof apiError>;
