/**
 * Downloads of a board: the v1 JSON and a PNG. Both read the live doc when the board is loaded,
 * so they include edits made a moment ago.
 */

import type { Canvas } from '@napi-rs/canvas';
import { renderPng, toJson } from '@parcours/journey';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorSchema } from '../http/validation';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';
import { authorize, boardParams, tokenQuery } from './access';

export interface ExportRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  /** Failed token checks per address, shared with the relay. */
  readonly limiter: AuthLimiter;
}

const pngQuery = tokenQuery.extend({
  journeyId: z.string().max(64).optional().meta({ description: 'Journey to draw; the first one when absent' }),
  pixelRatio: z.coerce.number().min(0.5).max(3).default(2),
});

type Params = { id: string };

export function registerExportRoutes(app: FastifyInstance, options: ExportRoutesOptions): void {
  const { store, rooms } = options;
  const checks = { store, limiter: options.limiter };

  app.get<{ Params: Params; Querystring: { token?: string } }>(
    '/api/boards/:id/export.json',
    {
      schema: {
        summary: 'The board as a v1 journey map JSON file',
        tags: ['export'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 401: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const json = await rooms.read(access.board.id, toJson);
      if (!json) return reply.code(404).send({ error: 'board not found' });
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', attachment(`${fileBaseName(json.title)}.json`))
        .send(JSON.stringify(json, null, 2));
    },
  );

  app.get<{ Params: Params; Querystring: z.infer<typeof pngQuery> }>(
    '/api/boards/:id/export.png',
    {
      schema: {
        summary: 'One journey of the board as a PNG image (the board JSON is embedded, so it can be imported back)',
        tags: ['export'],
        params: boardParams,
        querystring: pngQuery,
        produces: ['image/png'],
        response: { 401: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const json = await rooms.read(access.board.id, toJson);
      if (!json) return reply.code(404).send({ error: 'board not found' });
      const { journeyId, pixelRatio } = request.query;
      if (journeyId !== undefined && !json.journeys.some((j) => j.id === journeyId)) {
        return reply.code(404).send({ error: 'journey not found' });
      }
      // Loaded on first use: most server runs never draw a PNG.
      const { createCanvas } = await import('@napi-rs/canvas');
      // A big journey at a high pixel ratio is hundreds of MB of native pixels that V8 does not
      // count: release them as soon as the PNG is encoded instead of waiting for a GC.
      const canvases: Canvas[] = [];
      const png = await renderPng(json, {
        ...(journeyId !== undefined ? { journeyId } : {}),
        pixelRatio,
        createCanvas: (width, height) => {
          const canvas = createCanvas(width, height);
          canvases.push(canvas);
          return canvas;
        },
        // The native encoder: faster than the portable toDataURL round trip.
        encode: (canvas) => (canvas as Canvas).encode('png'),
      }).finally(() => {
        for (const canvas of canvases) {
          canvas.width = 0;
          canvas.height = 0;
        }
      });
      return reply
        .header('content-type', 'image/png')
        .header('content-disposition', attachment(`${fileBaseName(json.title)}.png`))
        .send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    },
  );
}

/** A file name from a board title: no path separators or control characters, bounded. */
export function fileBaseName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return cleaned || 'parcours';
}

/** Content-Disposition with an ASCII fallback and the exact name in RFC 5987 form (accents). */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
