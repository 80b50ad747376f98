/**
 * A board's history over HTTP: its saved versions (automatic checkpoints and named versions),
 * one version as JSON, PNG or encoded state, what changed between two versions or since one, and
 * restoring one (history/). Reading needs any token of the board; saving a version needs edit
 * rights; renaming, deleting and restoring need the facilitator's token when the board has one
 * (else edit rights). A refusal writes nothing.
 */

import { apiError, boardDiff, restoreScope, versionInfo, versionList, versionName } from '@parcours/api';
import { diffBoards, type Snapshot, toSnapshot } from '@parcours/journey';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import { z } from 'zod';
import type { ExportPool } from '../export/exportPool';
import type { Checkpointer } from '../history/checkpointer';
import { restoreVersion } from '../history/restoreVersion';
import { snapshotOfState } from '../history/versionSnapshot';
import { bytes, fileReply } from '../http/fileReply';
import { addressKey } from '../limits/addressKey';
import { WindowCounter } from '../limits/windowCounter';
import type { AuthLimiter } from '../relay/authLimiter';
import type { Rooms } from '../relay/rooms';
import type { CheckpointInfo } from '../storage/checkpoints';
import type { BoardStore } from '../storage/store';
import { accessRefusals, authorize, type BoardAccess, boardParams, tokenQuery } from './access';
import { registerVersionExportRoutes, versionParams } from './versionExports';

export interface HistoryRoutesOptions {
  readonly store: BoardStore;
  readonly rooms: Rooms;
  readonly limiter: AuthLimiter;
  readonly exports: ExportPool;
  readonly checkpointer: Checkpointer;
}

const diffQuery = tokenQuery.extend({
  to: z.string().max(64).optional().meta({ description: 'A later version id; the board as it is now when absent' }),
});

/**
 * A version's reply. Its summary is checked against the model's DiffSummary first: one stored by an
 * older server (before a field was added to the model) is sent as none rather than turning the whole
 * list into a 500 at serialisation.
 */
function toVersion(info: CheckpointInfo): z.infer<typeof versionInfo> {
  const summary = versionInfo.shape.summary.safeParse(info.summary);
  return {
    id: info.id,
    kind: info.kind,
    name: info.name,
    createdAt: info.createdAt.toISOString(),
    bytes: info.bytes,
    participants: [...info.participants],
    summary: summary.success ? summary.data : null,
  };
}

/**
 * Reading a version's state or a diff decodes whole boards on the event loop (about 0.1 s for 5,000
 * cards): each client address may ask this many per minute (the web app reads each version once).
 */
export const HISTORY_READS_PER_MINUTE = 120;

/**
 * Every restore stores a safety checkpoint (a whole board, up to BOARD_MAX_BYTES) and writes the
 * difference: a board may be restored this many times per hour, whoever asks.
 */
export const RESTORES_PER_BOARD_PER_HOUR = 30;

/** Named versions are kept until deleted: a board may hold this many (each up to BOARD_MAX_BYTES). */
export const MAX_NAMED_VERSIONS = 50;

const canEdit = (access: BoardAccess) => access.role !== 'view';
/** Renaming, deleting, restoring: the facilitator when the board has one. */
const canManage = (access: BoardAccess) =>
  access.board.tokens.some((t) => t.role === 'facilitator') ? access.role === 'facilitator' : canEdit(access);

export function registerHistoryRoutes(fastify: FastifyInstance, options: HistoryRoutesOptions): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { store, rooms, exports, checkpointer } = options;
  const checks = { store, limiter: options.limiter };
  const forbidden = (reply: FastifyReply, what: string) => reply.code(403).send({ error: what });
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: 'version not found' });
  const reads = new WindowCounter({ max: HISTORY_READS_PER_MINUTE, windowMs: 60_000 });
  const restores = new WindowCounter({ max: RESTORES_PER_BOARD_PER_HOUR, windowMs: 60 * 60_000 });
  /** Counts a costly request under `key`, or replies 429 (then false). */
  const admit = (counter: WindowCounter, key: string, reply: FastifyReply, error: string): boolean => {
    if (counter.blocked(key)) {
      const seconds = Math.max(1, Math.ceil(counter.retryAfterMs(key) / 1000));
      reply.code(429).header('retry-after', String(seconds)).send({ error });
      return false;
    }
    counter.record(key);
    return true;
  };
  const admitRead = (address: string, reply: FastifyReply): boolean =>
    admit(reads, addressKey(address), reply, 'too many history reads; try again later');

  /** The board's current state: the live room's, else the stored rows merged. */
  const currentState = async (boardId: string): Promise<Uint8Array | null> => {
    const room = rooms.loaded(boardId);
    if (room) return room.encoded();
    const stored = await store.load(boardId);
    if (!stored) return null;
    return Y.mergeUpdates([...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]);
  };

  const tags = ['history'];
  /** The replies of the routes that change a version: its new state, or why not. */
  const changed = { 200: versionInfo, 400: apiError, 403: apiError, ...accessRefusals };
  // accessRefusals holds the 429 a restore past RESTORES_PER_BOARD_PER_HOUR answers too.

  app.get(
    '/api/boards/:id/versions',
    {
      schema: {
        summary: "The board's versions, newest first (automatic checkpoints and named versions)",
        tags,
        params: boardParams,
        querystring: tokenQuery,
        response: { 200: versionList, ...accessRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      return { versions: (await store.checkpoints.list(access.board.id)).map(toVersion) };
    },
  );

  app.post(
    '/api/boards/:id/versions',
    {
      schema: {
        summary: 'Save the board as it is now as a named version (edit rights)',
        tags,
        params: boardParams,
        querystring: tokenQuery,
        body: versionName,
        response: { 201: versionInfo, 400: apiError, 403: apiError, 409: apiError, ...accessRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!canEdit(access)) return forbidden(reply, 'a view link cannot save versions');
      const boardId = access.board.id;
      const named = (await store.checkpoints.list(boardId)).filter((c) => c.kind === 'named').length;
      if (named >= MAX_NAMED_VERSIONS) {
        return reply
          .code(409)
          .send({ error: `this board has ${MAX_NAMED_VERSIONS} named versions already: delete one first` });
      }
      // Someone waits: a loaded board's live doc is encoded and read as is, in one go (the same
      // state), rather than decoded; else the stored rows are merged.
      const room = rooms.loaded(boardId);
      const state = room ? room.encoded() : await currentState(boardId);
      if (!state) return reply.code(404).send({ error: 'board not found' });
      const snapshot = room ? toSnapshot(room.doc) : undefined;
      const info = await checkpointer.take(boardId, state, 'named', {
        name: request.body.name,
        participants: checkpointer.participants(boardId, room),
        loaded: room !== undefined,
        ...(snapshot ? { snapshot } : {}),
      });
      return reply.code(201).send(toVersion(info));
    },
  );

  app.patch(
    '/api/boards/:id/versions/:versionId',
    {
      schema: {
        summary: 'Rename a version (it becomes a named version); the facilitator when the board has one',
        tags,
        params: versionParams,
        querystring: tokenQuery,
        body: versionName,
        response: changed,
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!canManage(access)) return forbidden(reply, 'only the facilitator can rename versions');
      const { versionId } = request.params;
      if (!(await store.checkpoints.rename(access.board.id, versionId, request.body.name))) return notFound(reply);
      const info = (await store.checkpoints.list(access.board.id)).find((c) => c.id === versionId);
      return info ? toVersion(info) : notFound(reply);
    },
  );

  app.delete(
    '/api/boards/:id/versions/:versionId',
    {
      schema: {
        summary: 'Delete a version; the facilitator when the board has one',
        tags,
        params: versionParams,
        querystring: tokenQuery,
        response: { 204: z.undefined().meta({ description: 'Deleted' }), 403: apiError, ...accessRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!canManage(access)) return forbidden(reply, 'only the facilitator can delete versions');
      const removed = await store.checkpoints.remove(access.board.id, [request.params.versionId]);
      return removed > 0 ? reply.code(204).send(undefined) : notFound(reply);
    },
  );

  app.get(
    '/api/boards/:id/versions/:versionId/state',
    {
      schema: {
        summary: 'A version as its encoded Yjs state (what the web app previews)',
        tags,
        params: versionParams,
        querystring: tokenQuery,
        response: {
          200: fileReply(
            'application/octet-stream',
            bytes('The Yjs update of the whole board (Y.encodeStateAsUpdate)'),
          ),
          ...accessRefusals,
        },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!admitRead(request.ip, reply)) return reply;
      const checkpoint = await store.checkpoints.get(access.board.id, request.params.versionId);
      if (!checkpoint) return notFound(reply);
      const { state } = checkpoint;
      return reply
        .header('content-type', 'application/octet-stream')
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(Buffer.from(state.buffer, state.byteOffset, state.byteLength));
    },
  );

  app.get(
    '/api/boards/:id/versions/:versionId/diff',
    {
      schema: {
        summary: 'What changed from this version to a later one, or to the board as it is now',
        tags,
        params: versionParams,
        querystring: diffQuery,
        response: { 200: boardDiff, ...accessRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!admitRead(request.ip, reply)) return reply;
      const boardId = access.board.id;
      const from = await store.checkpoints.get(boardId, request.params.versionId);
      if (!from) return notFound(reply);
      let after: Snapshot | null;
      if (request.query.to) {
        const to = await store.checkpoints.get(boardId, request.query.to);
        if (!to) return notFound(reply);
        after = snapshotOfState(to.state);
      } else {
        after = await rooms.read(boardId, toSnapshot);
      }
      if (!after) return reply.code(404).send({ error: 'board not found' });
      return diffBoards(snapshotOfState(from.state), after);
    },
  );

  app.post(
    '/api/boards/:id/versions/:versionId/restore',
    {
      schema: {
        summary:
          'Bring the board (or one journey, or phases with their cards, or cards) back to this version, as a new change every client receives; the facilitator when the board has one. Answers the safety version taken just before.',
        tags,
        params: versionParams,
        querystring: tokenQuery,
        body: restoreScope,
        response: changed,
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (!canManage(access)) return forbidden(reply, 'only the facilitator can restore a version');
      const boardId = access.board.id;
      const tooMany = `this board was restored ${RESTORES_PER_BOARD_PER_HOUR} times in the last hour; try again later`;
      if (!admit(restores, boardId, reply, tooMany)) return reply;
      const participants = checkpointer.participants(boardId, rooms.loaded(boardId));
      const safety = await restoreVersion(
        { store, rooms, checkpointer },
        boardId,
        request.params.versionId,
        request.body,
        participants,
      );
      return safety ? toVersion(safety) : notFound(reply);
    },
  );

  registerVersionExportRoutes(app, { checks, store, exports });
}
