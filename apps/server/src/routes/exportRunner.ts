/**
 * Runs one export of a board in the export pool (export/exportPool.ts) for a route: reads the live
 * board when it is loaded (its encoding, without waking it), else the stored rows, once the pool
 * admits the export. Answers 404 (no board) or 429/503 with Retry-After itself and then gives null.
 */
import type { FastifyReply } from 'fastify';
import type { ExportJob, ExportResult } from '../export/exportJob';
import { type ExportPool, ExportRefused } from '../export/exportPool';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';

/** A job without the board, which is read once the export is admitted. */
export type ExportSpec = ExportJob extends infer J ? (J extends ExportJob ? Omit<J, 'updates'> : never) : never;

export type RunExport = (
  reply: FastifyReply,
  key: { boardId: string; address: string },
  spec: ExportSpec,
) => Promise<ExportResult | null>;

export function exportRunner(options: { store: BoardStore; rooms: Rooms; exports: ExportPool }): RunExport {
  const { store, rooms, exports } = options;
  return async (reply, key, spec) => {
    const load = async (): Promise<ExportJob | null> => {
      const room = rooms.loaded(key.boardId);
      if (room) return { ...spec, updates: [room.encoded()] } as ExportJob;
      const stored = await store.load(key.boardId);
      if (!stored) return null;
      return { ...spec, updates: [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates] } as ExportJob;
    };
    try {
      const result = await exports.run(key, load);
      if (!result) reply.code(404).send({ error: 'board not found' });
      return result;
    } catch (err) {
      if (!(err instanceof ExportRefused)) throw err;
      reply.code(err.statusCode).header('retry-after', String(err.retryAfterSeconds)).send({ error: err.message });
      return null;
    }
  };
}
