/**
 * A card's picture: a reference to an image stored by the server, never the bytes (they do not go
 * through the Y.Doc or the websocket). The server content-addresses images by the SHA-256 of the
 * bytes it stores (apps/server/src/images/), so a reference is the hash plus what a reader needs to
 * lay it out before the bytes arrive. Stored in a card under the plain key `image`; absent reads
 * as no picture (no migration).
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { recordsOf } from '../doc';
import { safeParseInput } from '../facilitation/input';
import { LIMITS } from '../format/limits';
import type { JourneyMapJson } from '../schema';

/** Longest side of a stored image (the server scales larger ones down). */
export const IMAGE_MAX_SIDE = 2048;

export const IMAGE_HASH_PATTERN = /^[0-9a-f]{64}$/;

export const imageRefSchema = z
  .strictObject({
    hash: z
      .string()
      .check(z.regex(IMAGE_HASH_PATTERN, 'An image hash is 64 lowercase hex digits (SHA-256)'))
      .register(z.globalRegistry, { description: 'SHA-256 (hex) of the stored image bytes.' }),
    width: z.int().check(z.minimum(1), z.maximum(IMAGE_MAX_SIDE)),
    height: z.int().check(z.minimum(1), z.maximum(IMAGE_MAX_SIDE)),
    alt: z
      .optional(z.string().check(z.maxLength(LIMITS.shortText)))
      .register(z.globalRegistry, { description: 'Text alternative, read aloud in place of the image.' }),
  })
  .register(z.globalRegistry, {
    title: 'ImageRef',
    description: "A card's picture, stored by the server and referenced by hash.",
  });

export type ImageRef = z.infer<typeof imageRefSchema>;

/** A card's picture in the JSON format: the reference, plus where the server that wrote the file serves it. */
export const imageJsonSchema = z
  .extend(imageRefSchema, {
    url: z.optional(z.string().check(z.maxLength(LIMITS.shortText))).register(z.globalRegistry, {
      description:
        'Where the server that wrote the file serves the image (relative to it; a token of the board is needed). Informative: an import ignores it.',
    }),
  })
  .register(z.globalRegistry, { title: 'ImageJson' });

export type ImageJson = z.infer<typeof imageJsonSchema>;

/** The reference alone (what a card stores), from the JSON form. */
export function fromImageJson({ url: _, ...ref }: ImageJson): ImageRef {
  return ref;
}

/** The reference under a card's `image` key, or undefined when it is absent or malformed. */
export function readImageRef(value: unknown): ImageRef | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const parsed = safeParseInput(imageRefSchema, value);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a plain value may be stored under a card's `image` key (the server's layout check). */
export function isImageRefValue(value: unknown): boolean {
  return readImageRef(value) !== undefined;
}

/** Where the server serves an image of a board (a token of that board is needed: ?token= or Bearer). */
export function imagePath(boardId: string, hash: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/images/${hash}`;
}

/** The map with each picture's address on this server (`url`), for exports of the board `boardId`. */
export function withImageUrls(map: JourneyMapJson, boardId: string): JourneyMapJson {
  return {
    ...map,
    journeys: map.journeys.map((journey) => ({
      ...journey,
      cards: journey.cards.map((card) =>
        card.image ? { ...card, image: { ...card.image, url: imagePath(boardId, card.image.hash) } } : card,
      ),
    })),
  };
}

/** The hashes of every image the board's cards reference now (the server's unused-image collection). */
export function referencedImageHashes(doc: Y.Doc): Set<string> {
  const hashes = new Set<string>();
  for (const [, card] of recordsOf(doc, 'cards')) {
    const ref = readImageRef(card.get('image'));
    if (ref) hashes.add(ref.hash);
  }
  return hashes;
}
