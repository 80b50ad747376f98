/**
 * Who may read a board over HTTP: anyone holding one of its tokens. 404 when there is no such
 * board, 401 for a missing or wrong token; nothing else tells which boards exist. Failures count
 * against the client's address in the same limiter as the relay's (relay/authLimiter.ts): past
 * the limit, a failing attempt gets 429 instead, while a right token still gets in.
 */
import { apiError } from '@parcours/api';
import type { BoardRole } from '@parcours/journey';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthLimiter } from '../relay/authLimiter';
import type { BoardRecord, BoardStore } from '../storage/store';
import { BOARD_ID_PATTERN, roleOf } from '../tokens';

export const boardParams = z.object({ id: z.string().max(64) });
export const tokenQuery = z.object({
  token: z.string().max(256).optional().meta({ description: 'Edit or view token of the board' }),
});

/** The replies `authorize` may send instead of letting a request in, for a route's `response`. */
export const accessRefusals = { 401: apiError, 404: apiError, 429: apiError };

export interface BoardAccess {
  readonly board: BoardRecord;
  readonly role: BoardRole;
}

export interface AccessChecks {
  readonly store: BoardStore;
  readonly limiter: AuthLimiter;
}

/** What `authorize` reads of a request: the board id, the token (query or bearer) and the address. */
export type AccessRequest = Pick<FastifyRequest, 'ip' | 'headers'> & {
  params: { id: string };
  query: { token?: string };
};

/** The board and the token's role, or null after replying 404/401 (or 429 to a guesser). */
export async function authorize(
  { store, limiter }: AccessChecks,
  request: AccessRequest,
  reply: FastifyReply,
): Promise<BoardAccess | null> {
  const { id } = request.params;
  const board = BOARD_ID_PATTERN.test(id) ? await store.describe(id) : null;
  // The token is hashed whether the board exists or not: the time taken does not tell.
  const role = roleOf(board?.tokens ?? [], request.query.token ?? bearer(request.headers.authorization));
  if (board && role) return { board, role };
  // A failure: past the limit, the same 429 whether the board exists or not.
  if (limiter.blocked(request.ip)) {
    await reply
      .code(429)
      .header('retry-after', String(Math.ceil(limiter.windowMs / 1000)))
      .send({ error: 'too many failed attempts; try again later' });
    return null;
  }
  limiter.recordFailure(request.ip);
  if (!board) await reply.code(404).send({ error: 'board not found' });
  else await reply.code(401).send({ error: 'missing or invalid token' });
  return null;
}

export function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
