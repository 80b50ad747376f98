/**
 * Pictures for the server's tests: solid-colour images drawn by sharp, and the upload a browser
 * makes (POST /api/boards/:id/images with the file's bytes as the body).
 */
import type { FastifyInstance } from 'fastify';
import sharp, { type Color, type Sharp } from 'sharp';
import { expect } from 'vitest';

/** A `width` x `height` image of one colour, to encode (`.png()`, `.jpeg()`...); 4 channels for an object colour. */
export function solidImage(background: Color, width: number, height = width): Sharp {
  const channels = typeof background === 'string' ? 3 : 4;
  return sharp({ create: { width, height, channels, background } });
}

/** The same, as PNG bytes. */
export function solidPng(background: Color, width: number, height = width): Promise<Buffer> {
  return solidImage(background, width, height).png().toBuffer();
}

/** The upload as the app sends it; no token: none in the query. Resolves with the reply, whatever it is. */
export function uploadImage(
  app: FastifyInstance,
  boardId: string,
  token: string | undefined,
  body: Buffer,
  contentType = 'image/png',
) {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return app.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/images${query}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

/** Uploads a new picture (201) and returns the reference a card holds. */
export async function uploadedImage(
  app: FastifyInstance,
  boardId: string,
  token: string,
  body: Buffer,
  contentType = 'image/png',
): Promise<{ hash: string; width: number; height: number }> {
  const res = await uploadImage(app, boardId, token, body, contentType);
  expect(res.statusCode).toBe(201);
  const { hash, width, height } = res.json() as { hash: string; width: number; height: number };
  return { hash, width, height };
}
