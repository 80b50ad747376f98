/**
 * A board's images: uploaded by editors over REST (never through the doc or the websocket),
 * served to anyone holding one of the board's tokens. The card then holds only the reference
 * the upload answers ({ hash, width, height }), written by the client through the model's commands.
 *
 * The upload is refused before its body is read when the token, the role, the address's rate or
 * the decoder queue says no; its body is bounded (IMAGE_MAX_BYTES, 413); then it is decoded and
 * re-encoded (images/processImage.ts) and stored under the board's quota.
 */

import { apiError, uploadedImage } from '@parcours/api';
import type { BoardRole as Role } from '@parcours/journey';
import { IMAGE_HASH_PATTERN } from '@parcours/journey';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bytes, fileReply } from '../http/fileReply';
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
import { accessRefusals, authorize, type BoardAccess, boardParams, tokenQuery } from './access';

/** What the routes that read or store a board's images need: these and the board archive's. */
export interface ImageRouteServices {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  readonly limiter: AuthLimiter;
  readonly images: ImageStore;
  readonly processor: ImageProcessor;
  readonly limits: ImageLimits;
}

export interface ImageRoutesOptions extends ImageRouteServices {
  /** Uploads per address (IMAGE_UPLOADS_PER_ADDRESS_PER_HOUR). */
  readonly uploads: WindowCounter;
  readonly collect: CollectOptions;
}

/** Roles that may add images; any other (view, and roles added later) is refused. */
const UPLOADERS: ReadonlySet<Role> = new Set(['edit', 'facilitator']);

const imageParams = boardParams.extend({ hash: z.string().regex(IMAGE_HASH_PATTERN) });
const imageQuery = tokenQuery.extend({
  size: z.enum(['full', 'thumb']).default('full').meta({ description: 'thumb: longest side 320 px' }),
});

const accessOf = new WeakMap<FastifyRequest, BoardAccess>();

export async function registerImageRoutes(fastify: FastifyInstance, options: ImageRoutesOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, images, processor, limits, uploads } = options;
  const checks = { store, limiter: options.limiter };
  const megabytes = `${Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10} MiB`;

  /**
   * Everything that can refuse an upload without reading it. An onRequest hook: the query and
   * params are not validated yet (authorize checks the id; a repeated ?token= is no token).
   */
  async function admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
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
    const params = request.params as { id: string };
    const access = await authorize(
      checks,
      { ip: request.ip, headers: request.headers, params, query: query as { token?: string } },
      reply,
    );
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

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
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

    scope.post(
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
            200: uploadedImage.meta({ description: 'The board had this image already' }),
            201: uploadedImage,
            400: apiError,
            403: apiError,
            413: apiError,
            415: apiError,
            503: apiError,
            ...accessRefusals,
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

  app.get(
    '/api/boards/:id/images/:hash',
    {
      schema: {
        summary: "One of the board's images (any token of that board)",
        tags: ['images'],
        params: imageParams,
        querystring: imageQuery,
        response: {
          200: fileReply(['image/jpeg', 'image/png'], bytes('The image as stored (JPEG or PNG, re-encoded at upload)')),
          ...accessRefusals,
        },
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
