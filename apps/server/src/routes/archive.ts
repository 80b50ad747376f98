/**
 * A board archive: one .zip with the board as the v1 JSON (`board.json`, what export.json gives)
 * and the images its cards show (`images/<hash>.jpg|png`, the stored bytes). Importing one creates
 * a new board with those images, on this server or another: the JSON alone keeps working and
 * names its images by hash.
 *
 * Import checks everything before creating anything: the zip's entries are bounded before they are
 * inflated, the JSON is validated by the model, and each image is checked like an upload (kept byte
 * for byte when it is what the server stores, so the cards keep their hashes; re-encoded otherwise,
 * and the cards follow the new hash). A bad archive creates no board.
 */

import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { apiError, type CreatedBoard, createdBoard } from '@parcours/api';
import {
  type CardJson,
  fromJson,
  type JourneyMapJson,
  parseJourneyMap,
  toJson,
  withImageUrls,
} from '@parcours/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { strFromU8, strToU8, type Unzipped, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type * as Y from 'yjs';
import { fileReply, stream } from '../http/fileReply';
import { ProcessorBusy } from '../images/imageProcessor';
import type { NewImage } from '../images/imageStore';
import { sizeOf } from '../images/imageStore';
import type { ImageLimits } from '../images/limits';
import { ImageRefused } from '../images/processImage';
import { accessRefusals, authorize, boardParams, tokenQuery } from './access';
import { attachment, fileBaseName } from './export';
import type { ImageRouteServices } from './images';

/** How boards are created (routes/boards.ts): the per-address limit hook and the store write. */
export interface BoardCreation {
  limit(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  save(doc: Y.Doc): Promise<CreatedBoard | null>;
  readonly tooLarge: string;
}

export interface ArchiveRoutesOptions extends ImageRouteServices {
  readonly creation: BoardCreation;
  /** Largest board.json read from an archive: the limit of a JSON import's body. */
  readonly maxJsonBytes: number;
}

const BOARD_FILE = 'board.json';
const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
const IMAGE_FILE = /^images\/([0-9a-f]{64})\.(jpg|png)$/;

class ArchiveRefused extends Error {}

export function registerArchiveRoutes(fastify: FastifyInstance, options: ArchiveRoutesOptions): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, rooms, images, processor, limits, creation } = options;
  const checks = { store, limiter: options.limiter };
  /** An archive holds at most the board's quota of images and its JSON. */
  const maxArchiveBytes = limits.boardQuotaBytes + options.maxJsonBytes;

  app.get(
    '/api/boards/:id/archive.zip',
    {
      schema: {
        summary: 'The board with its images, as one .zip (board.json + images/)',
        tags: ['export'],
        params: boardParams,
        querystring: tokenQuery,
        response: {
          200: fileReply('application/zip', stream('board.json and images/<hash>.jpg|png, streamed')),
          ...accessRefusals,
        },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const boardId = access.board.id;
      const map = await rooms.read(boardId, toJson);
      if (!map) return reply.code(404).send({ error: 'board not found' });
      // Streamed, one image at a time: the archive of a board at its image quota is never in memory whole.
      const body = new PassThrough();
      const zip = new Zip((err, chunk) => {
        if (err) body.destroy(err);
        else body.write(chunk);
      });
      const json = new ZipDeflate(BOARD_FILE, { level: 6 });
      zip.add(json);
      json.push(strToU8(JSON.stringify(withImageUrls(map, boardId), null, 2)), true);
      void (async () => {
        try {
          for (const hash of hashesOf(map)) {
            const image = await images.get(boardId, hash, 'full');
            if (!image) continue;
            // Already compressed: stored as is.
            const entry = new ZipPassThrough(`images/${hash}.${EXTENSIONS[image.mime]}`);
            zip.add(entry);
            entry.push(image.data, true);
            // Let the client read what was written before the next image is loaded.
            if (body.writableNeedDrain) await Promise.race([once(body, 'drain'), once(body, 'close')]);
            if (body.destroyed) return; // the client went away
          }
          zip.end();
          body.end();
        } catch (err) {
          body.destroy(err as Error);
        }
      })();
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', attachment(`${fileBaseName(map.title)}.zip`))
        .send(body);
    },
  );

  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/zip', { parseAs: 'buffer', bodyLimit: maxArchiveBytes }, (_r, body, done) =>
      done(null, body),
    );
    scope.post(
      '/api/boards/import-archive',
      {
        bodyLimit: maxArchiveBytes,
        onRequest: creation.limit,
        schema: {
          summary: 'Create a board from a board archive (.zip: board.json + images/)',
          tags: ['boards'],
          consumes: ['application/zip'],
          response: {
            201: createdBoard,
            400: apiError,
            413: apiError,
            415: apiError,
            429: apiError,
            503: apiError,
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body)) return reply.code(415).send({ error: 'send the archive as application/zip' });
        let entries: Unzipped;
        try {
          entries = unzip(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), limits, options.maxJsonBytes);
        } catch (err) {
          const message = err instanceof ArchiveRefused ? err.message : 'this file is not a readable .zip archive';
          return reply.code(400).send({ error: message });
        }
        const json = entries[BOARD_FILE];
        if (!json) return reply.code(400).send({ error: `the archive has no ${BOARD_FILE}` });
        let map: JourneyMapJson;
        try {
          map = parseJourneyMap(JSON.parse(strFromU8(json)));
        } catch (err) {
          if (err instanceof SyntaxError) return reply.code(400).send({ error: `${BOARD_FILE} is not JSON` });
          throw err; // JourneyFormatError: 400 with its issues (http/zod.ts)
        }
        // Every image the cards show, checked; a card whose image is missing or refused keeps no picture.
        const accepted = new Map<string, NewImage>();
        for (const hash of hashesOf(map)) {
          const data = entries[`images/${hash}.jpg`] ?? entries[`images/${hash}.png`];
          if (!data) continue;
          try {
            accepted.set(hash, await processor.process(data, true));
          } catch (err) {
            if (err instanceof ProcessorBusy) {
              return reply.code(503).header('retry-after', String(err.retryAfterSeconds)).send({ error: err.message });
            }
            if (!(err instanceof ImageRefused)) throw err;
          }
        }
        const total = [...accepted.values()].reduce((n, image) => n + sizeOf(image), 0);
        if (total > limits.boardQuotaBytes) {
          return reply.code(413).send({ error: "this archive's images are over the board's image limit" });
        }
        const board = await creation.save(fromJson(withImages(map, accepted)));
        if (!board) return reply.code(413).send({ error: creation.tooLarge });
        for (const image of new Set(accepted.values())) await images.put(board.id, image);
        return reply.code(201).send(board);
      },
    );
  });
}

/** The hashes the map's cards show, each once. */
function hashesOf(map: JourneyMapJson): Set<string> {
  const hashes = new Set<string>();
  for (const journey of map.journeys) for (const card of journey.cards) if (card.image) hashes.add(card.image.hash);
  return hashes;
}

/** The map with each card's picture as accepted (its hash and size may have changed), or without one. */
function withImages(map: JourneyMapJson, accepted: ReadonlyMap<string, NewImage>): JourneyMapJson {
  const card = (c: CardJson): CardJson => {
    if (!c.image) return c;
    const { image, ...rest } = c;
    const stored = accepted.get(image.hash);
    if (!stored) return rest;
    const alt = image.alt === undefined ? {} : { alt: image.alt };
    return { ...rest, image: { hash: stored.hash, width: stored.width, height: stored.height, ...alt } };
  };
  return { ...map, journeys: map.journeys.map((j) => ({ ...j, cards: j.cards.map(card) })) };
}

/** Inflates only what an archive may hold, refusing before inflating anything larger than its limit. */
function unzip(data: Uint8Array, limits: ImageLimits, maxJsonBytes: number): Unzipped {
  let total = 0;
  let count = 0;
  return unzipSync(data, {
    filter(file) {
      const wanted = file.name === BOARD_FILE || IMAGE_FILE.test(file.name);
      if (!wanted) return false;
      const max = file.name === BOARD_FILE ? maxJsonBytes : limits.maxBytes;
      if (file.originalSize > max) throw new ArchiveRefused(`${file.name} is over ${max} bytes`);
      total += file.originalSize;
      count++;
      if (total > limits.boardQuotaBytes + maxJsonBytes || count > 20_001) {
        throw new ArchiveRefused("this archive is over the board's limits");
      }
      return true;
    },
  });
}
