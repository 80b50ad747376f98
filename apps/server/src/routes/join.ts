/**
 * Joining a workshop by a short code (join/joinCodes.ts): the facilitator's screen asks for the
 * board's code, a participant's phone turns the typed code into the board's edit link.
 */

import { apiError, joinCode, joinedBoard } from '@parcours/api';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatJoinCode, type JoinCodeStore } from '../join/joinCodes';
import type { AuthLimiter } from '../relay/authLimiter';
import { boardLink } from '../shareLink';
import type { BoardStore } from '../storage/store';
import { shareableTokens } from '../tokens';
import { accessRefusals, authorize, bearer, boardParams, tokenQuery } from './access';

export interface JoinRoutesOptions {
  readonly store: BoardStore;
  /** Failed token checks per address, shared with the relay: a missed code counts as one. */
  readonly limiter: AuthLimiter;
  readonly codes: JoinCodeStore;
  /** Base of share links, e.g. https://parcours.example.org */
  readonly publicUrl: string;
}

/** Redis, where the instances keep their codes, is away: the QR code and the link still work. */
const unavailable = 'join codes are unavailable right now: join by the QR code or the link';

const codeParams = z.object({ code: z.string().max(32) });

export function registerJoinRoutes(fastify: FastifyInstance, options: JoinRoutesOptions): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { codes, limiter, publicUrl } = options;
  const checks = { store: options.store, limiter };

  app.post(
    '/api/boards/:id/join-code',
    {
      schema: {
        summary: "The board's short join code (facilitator token): the same live code for every call",
        tags: ['join'],
        params: boardParams,
        querystring: tokenQuery,
        response: { 201: joinCode, 403: apiError, 503: apiError, ...accessRefusals },
      },
    },
    async (request, reply) => {
      const access = await authorize(checks, request, reply);
      if (!access) return reply;
      if (access.role !== 'facilitator')
        return reply.code(403).send({ error: 'only the facilitator makes join codes' });
      const token = request.query.token ?? bearer(request.headers.authorization) ?? '';
      const edit = shareableTokens(access.board.tokens, token, access.role).edit;
      if (!edit) return reply.code(404).send({ error: 'this board has no edit link to join by' });
      const entry = await codes.issue({ boardId: access.board.id, token: edit }).catch((err: unknown) => {
        request.log.error({ err }, 'could not store a join code');
        return null;
      });
      if (!entry) return reply.code(503).send({ error: unavailable });
      return reply
        .code(201)
        .send({ code: formatJoinCode(entry.code), expiresAt: new Date(entry.expiresAt).toISOString() });
    },
  );

  app.get(
    '/api/join/:code',
    {
      schema: {
        summary: 'The edit link a join code stands for',
        description:
          'A code that is unknown or expired counts as a failed token check of the address (429 past the limit).',
        tags: ['join'],
        params: codeParams,
        response: { 200: joinedBoard, 404: apiError, 429: apiError, 503: apiError },
      },
    },
    async (request, reply) => {
      const entry = await codes.resolve(request.params.code).catch((err: unknown) => {
        request.log.error({ err }, 'could not read a join code');
        return null;
      });
      if (entry === null) return reply.code(503).send({ error: unavailable });
      if (entry) {
        return {
          id: entry.boardId,
          token: entry.token,
          role: 'edit' as const,
          url: boardLink(publicUrl, entry.boardId, entry.token),
        };
      }
      if (limiter.blocked(request.ip)) {
        return reply
          .code(429)
          .header('retry-after', String(Math.ceil(limiter.windowMs / 1000)))
          .send({ error: 'too many failed attempts; try again later' });
      }
      limiter.recordFailure(request.ip);
      return reply.code(404).send({ error: 'unknown or expired code' });
    },
  );
}
