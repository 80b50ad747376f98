/** The image API's bodies (apps/server/src/routes/images.ts). */
import { z } from 'zod';

export const uploadedImage = z.object({
  hash: z.string().meta({ description: 'SHA-256 of the stored bytes: what the card references' }),
  width: z.number(),
  height: z.number(),
  mime: z.string(),
  bytes: z.number(),
  url: z.string().meta({ description: 'Where it is served; add ?token= (any token of the board)' }),
});

export type UploadedImage = z.infer<typeof uploadedImage>;
