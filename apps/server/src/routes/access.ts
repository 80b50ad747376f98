/**
 * Who may read a board over HTTP: anyone holding one of its tokens. 404 when there is no such
 * board, 401 for a missing or wrong token; nothing else tells which boards exist.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { BoardRecord, BoardStore, Role } from '../storage/store';
import { BOARD_ID_PATTERN, roleOf } from '../tokens';

export const boardParams = z.object({ id: z.string().max(64) });
export const tokenQuery = z.object({
  token: z.string().max(256).optional().meta({ description: 'Edit or view token of the board' }),
});

export interface BoardAccess {
  readonly board: BoardRecord;
  readonly role: Role;
}

/** The board and the token's role, or null after replying 404/401. */
export async function authorize(
  store: BoardStore,
  request: FastifyRequest<{ Params: { id: string }; Querystring: { token?: string } }>,
  reply: FastifyReply,
): Promise<BoardAccess | null> {
  const { id } = request.params;
  const board = BOARD_ID_PATTERN.test(id) ? await store.describe(id) : null;
  if (!board) {
    await reply.code(404).send({ error: 'board not found' });
    return null;
  }
  const role = roleOf(board.tokens, request.query.token ?? bearer(request.headers.authorization));
  if (!role) {
    await reply.code(401).send({ error: 'missing or invalid token' });
    return null;
  }
  return { board, role };
}

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
