/**
 * Downloads of a board: the v1 JSON and a PNG. Both read the live doc when the board is loaded,
 * so they include edits made a moment ago. Both are built by the export pool's worker threads,
 * within its limits (export/exportPool.ts): 429 or 503 with Retry-After past them.
 */

import { apiError } from '@parcours/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ExportResult, PngJob } from '../export/exportJob';
import type { ExportPool } from '../export/exportPool';
import { bytes, fileReply, text } from '../http/fileReply';
import type { ImageStore } from '../images/imageStore';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';
import { accessRefusals, authorize, boardParams, tokenQuery } from './access';
import { exportRunner } from './exportRunner';

export interface ExportRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  /** Failed token checks per address, shared with the relay. */
  readonly limiter: AuthLimiter;
  readonly exports: ExportPool;
  /** The boards' images, for the pictures of the PNG export. */
  readonly images?: ImageStore;
}

/** The PNG's query, for a board and a version alike. */
export const pngQuery = tokenQuery.extend({
  journeyId: z.string().max(64).optional().meta({ description: 'Journey to draw; the first one when absent' }),
  pixelRatio: z.coerce
    .number()
    .min(0.5)
    .max(3)
    .default(2)
    .meta({ description: 'Lowered (see the X-Pixel-Ratio header) when the image would exceed EXPORT_MAX_PIXELS' }),
  comments: z.enum(['0', '1']).optional().meta({
    description: '1: numbered markers on the cards with open comment threads, and their legend under the map',
  }),
});

/** A PNG job without the board, which is read once the export is admitted. */
type PngSpec = Omit<PngJob, 'updates'>;

/** The export pool's refusals (export/exportPool.ts), with Retry-After. */
export const poolRefusals = { 429: apiError, 503: apiError };
/** The v1 JSON file of a board or of a version. */
export const mapFile = fileReply('application/json', text('The journey map, v1 JSON (docs/FORMAT.md)'));
/** The PNG of one journey of a board or of a version. */
export const pngFile = fileReply('image/png', bytes('PNG image with the journey map embedded'));

export function registerExportRoutes(fastify: FastifyInstance, options: ExportRoutesOptions): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, rooms, exports } = options;
  const checks = { store, limiter: options.limiter };

  /** Runs the export in the pool; null when the reply was sent already (refused, or no board). */
  const run = exportRunner({ store, rooms, exports, ...(options.images ? { images: options.images } : {}) });

  app.get(
    '/api/boards/:id/export.json',
    {
      schema: {
        summary: 'The board as a v1 journey map JSON file',
        tags: ['export'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: mapFile, ...accessRefusals, ...poolRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const result = await run(
        reply,
        { boardId: access.board.id, address: request.ip },
        {
          kind: 'json',
          boardId: access.board.id,
        },
      );
      return result ? sendJsonFile(reply, result) : reply;
    },
  );

  app.get(
    '/api/boards/:id/export.png',
    {
      schema: {
        summary: 'One journey of the board as a PNG image (the board JSON is embedded, so it can be imported back)',
        tags: ['export'],
        params: boardParams,
        querystring: pngQuery,
        response: { 200: pngFile, 400: apiError, ...accessRefusals, ...poolRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const { maxPixels } = exports.limits;
      const result = await run(
        reply,
        { boardId: access.board.id, address: request.ip },
        pngSpec(request.query, maxPixels),
      );
      return result ? sendPngResult(reply, result, maxPixels) : reply;
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

/** A JSON export's reply: the v1 file, named after the board. */
export function sendJsonFile(reply: FastifyReply, result: ExportResult) {
  if (!result.ok || result.kind !== 'json') throw new Error('the export pool answered a JSON export with a PNG');
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', attachment(`${fileBaseName(result.title)}.json`))
    .send(result.text);
}

/** A PNG export's job, without the board, from its query. */
export function pngSpec(query: z.infer<typeof pngQuery>, maxPixels: number): PngSpec {
  const { journeyId, pixelRatio, comments } = query;
  return {
    kind: 'png',
    pixelRatio,
    maxPixels,
    ...(journeyId !== undefined ? { journeyId } : {}),
    ...(comments === '1' ? { comments: true } : {}),
  };
}

/**
 * A PNG export's reply: the image, named after the board, with the pixel ratio it was drawn at; or
 * 404 for an unknown journey, 400 for one too large even at the smallest ratio.
 */
export function sendPngResult(reply: FastifyReply, result: ExportResult, maxPixels: number) {
  if (!result.ok && result.error === 'journey not found') return reply.code(404).send({ error: 'journey not found' });
  if (!result.ok) {
    return reply.code(400).send({
      error: `this journey is too large for a PNG (over ${maxPixels} pixels even at pixelRatio 0.5)`,
    });
  }
  if (result.kind !== 'png') throw new Error('the export pool answered a PNG export with something else');
  const { png } = result;
  return reply
    .header('content-type', 'image/png')
    .header('content-disposition', attachment(`${fileBaseName(result.title)}.png`))
    .header('x-pixel-ratio', String(result.pixelRatio))
    .send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
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
