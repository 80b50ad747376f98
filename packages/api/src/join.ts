/** The join-code API's bodies (apps/server/src/routes/join.ts). */
import { z } from 'zod';

export const joinCode = z.object({
  code: z.string().meta({ description: 'Eight characters shown as XXXX-XXXX; dashes, spaces and case do not matter' }),
  expiresAt: z.string().meta({ description: 'ISO time after which the code no longer resolves' }),
});

export const joinedBoard = z.object({
  id: z.string(),
  token: z.string().meta({ description: "The board's edit token" }),
  role: z.literal('edit'),
  url: z.string(),
});

export type JoinCode = z.infer<typeof joinCode>;
export type JoinedBoard = z.infer<typeof joinedBoard>;
