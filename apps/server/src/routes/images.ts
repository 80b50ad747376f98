/**
 * A board's images: uploaded by editors over REST (never through the doc or the websocket),
 * served to anyone holding one of the board's tokens. The card then holds only the reference
 * the upload answers ({ hash, width, height }), written by the client through the model's commands.
 *
 * The upload is refused before its body is read when the token, the role, the address's rate or
 * the decoder queue says no; its body is bounded (IMAGE_MAX_BYTES, 413); then it is decoded and
 * re-encoded (images/processImage.ts) and stored under the board's quota.
 */

import { apiError as errorSchema } from '@parcours/api';
import type { BoardRole as Role } from '@parcours/journey';
import { IMAGE_HASH_PATTERN } from '@parcours/journey';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type CollectOptions, collectUnusedImages } from '../images/collectImages';
import type { ImageProcessor } from '../images/imageProcessor';
import { ProcessorBusy } from '../images/imageProcessor';
import type { ImageStore } from '../images/imageStore';
import { sizeOf } from '../images/imageStore';
import type { ImageLimits } from '../images/limits';
import { ImageRefused } from '../images/processImage';
import { addressKey } from '../limits/addressKey';
import type { WindowCounter } from '../limits/windowCounter';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';
import { authorize, type BoardAccess, boardParams, tokenQuery } from './access';

export interface ImageRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  readonly limiter: AuthLimiter;
  readonly images: ImageStore;
  readonly processor: ImageProcessor;
  readonly limits: ImageLimits;
  /** Uploads per address (IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR). */
  readonly uploads: WindowCounter;
  readonly collect: CollectOptions;
}

/** Roles that may add images; any other (view, and roles added later) is refused. */
const UPLOADERS: ReadonlySet<Role> = new Set(['edit', 'facilitator']);

const uploaded = z.object({
  hash: z.string(),
  width: z.number(),
  height: z.number(),
  mime: z.string(),
  bytes: z.number(),
  url: z.string().meta({ description: 'Where it is served; add ?token= (any token of the board)' }),
});

const imageParams = boardParams.extend({ hash: z.string().regex(IMAGE_HASH_PATTERN) });
const imageQuery = tokenQuery.extend({
  size: z.enum(['full', 'thumb']).default('full').meta({ description: 'thumb: longest side 320 px' }),
});

type UploadRequest = FastifyRequest<{ Params: { id: string }; Querystring: { token?: string } }>;

const accessOf = new WeakMap<FastifyRequest, BoardAccess>();

export async function registerImageRoutes(app: FastifyInstance, options: ImageRoutesOptions): Promise<void> {
  const { store, images, processor, limits, uploads } = options;
  const checks = { store, limiter: options.limiter };
  const megabytes = `${Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10} MiB`;

  /** Everything that can refuse an upload without reading it. */
  async function admit(request: UploadRequest, reply: FastifyReply): Promise<void> {
    const address = addressKey(request.ip);
    if (uploads.blocked(address)) {
      const seconds = Math.max(1, Math.ceil(uploads.retryAfterMs(address) / 1000));
      await reply
        .code(429)
        .header('retry-after', String(seconds))
        .send({ error: `too many image uploads from this address (${uploads.max} per hour)` });
      return;
    }
    uploads.record(address);
    const query = request.query as { token?: unknown };
    if (typeof query.token !== 'string') delete query.token;
    const access = await authorize(checks, request, reply);
    if (!access) return;
    if (!UPLOADERS.has(access.role)) {
      await reply.code(403).send({ error: 'this link can only look at the board: ask for an edit link to add images' });
      return;
    }
    if (processor.full()) {
      await reply.code(503).header('retry-after', '5').send({ error: new ProcessorBusy().message });
      return;
    }
    accessOf.set(request, access);
  }

  await app.register(async (scope) => {
    // Any content type: what the bytes are is read from the bytes themselves.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limits.maxBytes }, (_request, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((err: FastifyError, _request, reply) => {
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply
          .code(413)
          .send({ error: `this image is over ${megabytes} (${limits.maxBytes} bytes), the limit of this server` });
      }
      throw err;
    });

    scope.post<{ Params: { id: string }; Querystring: { token?: string } }>(
      '/api/boards/:id/images',
      {
        bodyLimit: limits.maxBytes,
        onRequest: admit,
        schema: {
          summary: 'Add an image to a board (editors); the card then references it by hash',
          description: `The raw bytes of a PNG, JPEG, WebP, GIF (first frame) or AVIF, at most ${megabytes}. It is scaled to at most 2,048 px and stripped of its metadata; the answer names it by the SHA-256 of the stored bytes.`,
          tags: ['images'],
          params: boardParams,
          querystring: tokenQuery,
          consumes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/octet-stream'],
          response: {
            200: uploaded,
            201: uploaded,
            400: errorSchema,
            401: errorSchema,
            403: errorSchema,
            404: errorSchema,
            413: errorSchema,
            415: errorSchema,
            429: errorSchema,
            503: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const access = accessOf.get(request);
        if (!access) throw new Error('upload admitted without access');
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.byteLength === 0) {
          return reply.code(400).send({ error: 'send the image bytes as the request body' });
        }
        const boardId = access.board.id;
        let image: Awaited<ReturnType<ImageProcessor['process']>>;
        try {
          image = await processor.process(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
        } catch (err) {
          if (err instanceof ImageRefused) return reply.code(err.statusCode).send({ error: err.message });
          if (err instanceof ProcessorBusy) {
            return reply.code(503).header('retry-after', String(err.retryAfterSeconds)).send({ error: err.message });
          }
          throw err;
        }
        const existing = (await images.list(boardId)).find((i) => i.hash === image.hash);
        if (!existing) {
          let used = await images.usage(boardId);
          if (used + sizeOf(image) > limits.boardQuotaBytes) {
            await collectUnusedImages(options.collect, boardId);
            used = await images.usage(boardId);
          }
          if (used + sizeOf(image) > limits.boardQuotaBytes) {
            return reply.code(413).send({
              error: `this board's images are at their limit (${Math.round(limits.boardQuotaBytes / 1024 / 1024)} MiB): remove pictures no longer needed`,
            });
          }
          await images.put(boardId, image);
        }
        return reply.code(existing ? 200 : 201).send({
          hash: image.hash,
          width: image.width,
          height: image.height,
          mime: image.mime,
          bytes: image.data.byteLength,
          url: `/api/boards/${encodeURIComponent(boardId)}/images/${image.hash}`,
        });
      },
    );
  });

  app.get<{ Params: { id: string; hash: string }; Querystring: z.infer<typeof imageQuery> }>(
    '/api/boards/:id/images/:hash',
    {
      schema: {
        summary: "One of the board's images (any token of that board)",
        tags: ['images'],
        params: imageParams,
        querystring: imageQuery,
        produces: ['image/jpeg', 'image/png'],
        response: { 401: errorSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const found = await images.get(access.board.id, request.params.hash, request.query.size);
      if (!found) return reply.code(404).send({ error: 'image not found' });
      // The bytes under this address never change (it names their hash): cache for a year, privately
      // (the address carries a token).
      return reply
        .header('content-type', found.mime)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('etag', `"${request.params.hash}-${request.query.size}"`)
        .header('content-disposition', 'inline')
        .send(Buffer.from(found.data.buffer, found.data.byteOffset, found.data.byteLength));
    },
  );
}
