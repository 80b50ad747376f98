/**
 * A saved version as a file: the v1 JSON and a PNG of one journey, built by the export pool's
 * workers from the version's stored state, within the same limits as the board's own exports
 * (routes/export.ts). Any token of the board may download them.
 */

import { apiError } from '@parcours/api';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ExportJob, ExportResult } from '../export/exportJob';
import type { ExportPool } from '../export/exportPool';
import type { BoardStore } from '../storage/store';
import { type AccessChecks, accessRefusals, authorize, boardParams, tokenQuery } from './access';
import { mapFile, pngFile, pngQuery, pngSpec, poolRefusals, sendJsonFile, sendPngResult } from './export';
import { runInPool } from './exportRunner';

export const versionParams = boardParams.extend({ versionId: z.string().max(64) });

export function registerVersionExportRoutes(
  fastify: FastifyInstance,
  options: { readonly checks: AccessChecks; readonly store: BoardStore; readonly exports: ExportPool },
): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { checks, store, exports } = options;
  const tags = ['history'];

  /** JSON and PNG of a version, built by the export pool like the board's own exports. */
  const runExport = async (
    reply: FastifyReply,
    key: { boardId: string; address: string },
    versionId: string,
    spec: Omit<ExportJob, 'updates'>,
  ): Promise<ExportResult | null> => {
    const load = async () => {
      const checkpoint = await store.checkpoints.get(key.boardId, versionId);
      return checkpoint ? ({ ...spec, updates: [checkpoint.state] } as ExportJob) : null;
    };
    return runInPool(exports, reply, key, load, 'version not found');
  };

  app.get(
    '/api/boards/:id/versions/:versionId/export.json',
    {
      schema: {
        summary: 'A version as a v1 journey map JSON file',
        tags,
        params: versionParams,
        querystring: tokenQuery,
        response: { 200: mapFile, ...accessRefusals, ...poolRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const key = { boardId: access.board.id, address: request.ip };
      const result = await runExport(reply, key, request.params.versionId, { kind: 'json' });
      return result ? sendJsonFile(reply, result) : reply;
    },
  );

  app.get(
    '/api/boards/:id/versions/:versionId/export.png',
    {
      schema: {
        summary: 'One journey of a version as a PNG image (the JSON embedded, as the board export)',
        tags,
        params: versionParams,
        querystring: pngQuery,
        response: { 200: pngFile, 400: apiError, ...accessRefusals, ...poolRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      const { maxPixels } = exports.limits;
      const key = { boardId: access.board.id, address: request.ip };
      const result = await runExport(reply, key, request.params.versionId, pngSpec(request.query, maxPixels));
      return result ? sendPngResult(reply, result, maxPixels) : reply;
    },
  );
}
