/**
 * Runs one export of a board in the export pool (export/exportPool.ts) for a route: reads the live
 * board when it is loaded (its encoding, without waking it), else the stored rows, once the pool
 * admits the export. Answers 404 (no board) or 429/503 with Retry-After itself and then gives null.
 */
import { referencedImageHashes } from '@parcours/journey';
import type { FastifyReply } from 'fastify';
import type * as Y from 'yjs';
import type { ExportJob, ExportResult } from '../export/exportJob';
import { type ExportPool, ExportRefused } from '../export/exportPool';
import type { ImageStore } from '../images/imageStore';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';

/** A job without the board, which is read once the export is admitted. */
export type ExportSpec = ExportJob extends infer J ? (J extends ExportJob ? Omit<J, 'updates'> : never) : never;

export type RunExport = (
  reply: FastifyReply,
  key: { boardId: string; address: string },
  spec: ExportSpec,
) => Promise<ExportResult | null>;

/** Pictures handed to one PNG export at most (thumbnails, a few KB each). */
const MAX_EXPORT_PICTURES = 1000;

export function exportRunner(options: {
  store: BoardStore;
  rooms: Rooms;
  exports: ExportPool;
  /** The boards' images: a PNG or PDF job gets the thumbnails of its pictures. */
  images?: ImageStore;
}): RunExport {
  const { store, rooms, exports, images } = options;

  /**
   * A PNG or PDF job gets the thumbnails of the board's pictures: those its cards show when the board is
   * live, else all of the board's (the worker draws those referenced).
   */
  const withPictures = async (boardId: string, job: ExportJob, doc?: Y.Doc): Promise<ExportJob> => {
    if ((job.kind !== 'png' && job.kind !== 'pdf') || !images) return job;
    const stored = await images.list(boardId);
    if (stored.length === 0) return job;
    const wanted = doc ? referencedImageHashes(doc) : null;
    const hashes = stored
      .map((i) => i.hash)
      .filter((hash) => !wanted || wanted.has(hash))
      .slice(0, MAX_EXPORT_PICTURES);
    const pictures = [];
    for (const hash of hashes) {
      const thumb = await images.get(boardId, hash, 'thumb');
      if (thumb) pictures.push({ hash, data: thumb.data });
    }
    return { ...job, images: pictures };
  };

  return async (reply, key, spec) => {
    const load = async (): Promise<ExportJob | null> => {
      // The live board when loaded (its encoding, without waking it), else the stored rows.
      const room = rooms.loaded(key.boardId);
      if (room) {
        // An asleep board is not woken for its pictures' hashes: the worker gets all of them.
        const doc = room.asleep ? undefined : room.doc;
        return withPictures(key.boardId, { ...spec, updates: [room.encoded()] } as ExportJob, doc);
      }
      const stored = await store.load(key.boardId);
      if (!stored) return null;
      return withPictures(key.boardId, {
        ...spec,
        updates: [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates],
      } as ExportJob);
    };
    return runInPool(exports, reply, key, load, 'board not found');
  };
}

/**
 * Runs one export in the pool with the job `load` gives once admitted: 404 with `notFound` when it
 * gives none, 429/503 with Retry-After when the pool refuses; null once such a reply is sent.
 */
export async function runInPool(
  exports: ExportPool,
  reply: FastifyReply,
  key: { boardId: string; address: string },
  load: () => Promise<ExportJob | null>,
  notFound: string,
): Promise<ExportResult | null> {
  try {
    const result = await exports.run(key, load);
    if (!result) reply.code(404).send({ error: notFound });
    return result;
  } catch (err) {
    if (!(err instanceof ExportRefused)) throw err;
    reply.code(err.statusCode).header('retry-after', String(err.retryAfterSeconds)).send({ error: err.message });
    return null;
  }
}
