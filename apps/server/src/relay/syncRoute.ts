/**
 * ws(s)://host/sync/:boardId?token=TOKEN — the y-websocket endpoint. The stock client connects
 * with `new WebsocketProvider('ws://host/sync', boardId, doc, { params: { token } })`.
 */
import { authorKeyOf, NewerDocError } from '@parcours/journey';
import type { FastifyInstance } from 'fastify';
import type { AddressConnections } from '../limits/addressConnections';
import { addressKey } from '../limits/addressKey';
import type { BoardStore } from '../storage/store';
import { BOARD_ID_PATTERN, roleOf } from '../tokens';
import { type AuthLimiter, TOO_MANY_FAILURES } from './authLimiter';
import { Connection, type ConnectionLimits } from './connection';
import { CloseCode } from './errors';
import { type AllowedOrigins, originAllowed } from './origin';
import type { Rooms } from './rooms';

export function registerSyncRoute(
  app: FastifyInstance,
  options: {
    store: BoardStore;
    rooms: Rooms;
    limiter: AuthLimiter;
    allowedOrigins?: AllowedOrigins | undefined;
    /** Open connections per address (CONNECTIONS_PER_ADDRESS). */
    addresses: AddressConnections;
    connectionLimits: ConnectionLimits;
  },
): void {
  const { store, rooms, limiter, addresses } = options;
  app.get<{ Params: { boardId: string }; Querystring: { token?: string; author?: string } }>(
    '/sync/:boardId',
    {
      websocket: true,
      schema: { hide: true },
      // Before the upgrade: a page from another site gets a plain 403 and no websocket (relay/origin.ts).
      preValidation: async (request, reply) => {
        if (!originAllowed(request.headers.origin, request.headers.host, options.allowedOrigins)) {
          await reply.code(403).send({ error: 'origin not allowed' });
        }
      },
    },
    (socket, request) => {
      // Listeners go on synchronously: frames that arrive while we check the token are kept.
      const conn = new Connection(socket, request.log, options.connectionLimits);
      // Counted from the upgrade until the socket closes, before anything else is looked at.
      const address = addressKey(request.ip); // an IPv6 /64 counts as one address
      if (!addresses.tryOpen(address)) {
        request.log.debug({ address }, 'refusing a connection: too many from this address');
        return conn.close(CloseCode.tooMany, 'too many connections from this address');
      }
      conn.onClose(() => addresses.close(address));
      const { boardId } = request.params;
      const token = typeof request.query.token === 'string' ? request.query.token : undefined;
      const secret = typeof request.query.author === 'string' ? request.query.author : undefined;
      void (async () => {
        const board = BOARD_ID_PATTERN.test(boardId) ? await store.describe(boardId) : null;
        const role = roleOf(board?.tokens ?? [], token); // hashed even without a board: same time
        if (!board || !role) {
          // Past the limit of failures, the same 4429 whether the board exists or not (authLimiter.ts).
          if (limiter.blocked(request.ip)) return conn.close(TOO_MANY_FAILURES, 'too many failed attempts');
          limiter.recordFailure(request.ip);
          return board
            ? conn.close(CloseCode.unauthorized, 'invalid token')
            : conn.close(CloseCode.notFound, 'board not found');
        }
        conn.role = role;
        conn.author = secret === undefined ? null : authorKeyOf(secret);
        await rooms.join(boardId, conn);
      })().catch((err: unknown) => {
        const newer = err instanceof NewerDocError;
        request.log.error({ err, boardId }, 'could not open a board');
        conn.close(
          newer ? CloseCode.unavailable : CloseCode.internalError,
          newer ? 'board needs a newer server' : 'internal error',
        );
      });
    },
  );
}
