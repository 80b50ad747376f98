/**
 * ws(s)://host/sync/:boardId?token=TOKEN — the y-websocket endpoint. The stock client connects
 * with `new WebsocketProvider('ws://host/sync', boardId, doc, { params: { token } })`.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressConnections } from '../limits/addressConnections';
import { addressKey } from '../limits/addressKey';
import type { BoardStore } from '../storage/store';
import { BOARD_ID_PATTERN, roleOf } from '../tokens';
import { type AuthLimiter, TOO_MANY_FAILURES } from './authLimiter';
import { Connection, type ConnectionLimits } from './connection';
import { CloseCode } from './errors';
import type { Rooms } from './rooms';

export function registerSyncRoute(
  app: FastifyInstance,
  options: {
    store: BoardStore;
    rooms: Rooms;
    limiter: AuthLimiter;
    /** Open connections per address (CONNECTIONS_PER_ADDRESS). */
    addresses: AddressConnections;
    connectionLimits: ConnectionLimits;
  },
): void {
  const { store, rooms, limiter, addresses } = options;
  app.get<{ Params: { boardId: string }; Querystring: { token?: string } }>(
    '/sync/:boardId',
    { websocket: true, schema: { hide: true } },
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
      void (async () => {
        // An IP that failed too often is refused before anything is checked (authLimiter.ts).
        if (limiter.blocked(request.ip)) return conn.close(TOO_MANY_FAILURES, 'too many failed attempts');
        const board = BOARD_ID_PATTERN.test(boardId) ? await store.describe(boardId) : null;
        if (!board) {
          limiter.recordFailure(request.ip);
          return conn.close(CloseCode.notFound, 'board not found');
        }
        const role = roleOf(board.tokens, token);
        if (!role) {
          limiter.recordFailure(request.ip);
          return conn.close(CloseCode.unauthorized, 'invalid token');
        }
        conn.role = role;
        await rooms.join(boardId, conn);
      })().catch((err: Error) => {
        const newer = err.name === 'NewerDocError';
        request.log.error({ err, boardId }, 'could not open a board');
        conn.close(
          newer ? CloseCode.unavailable : CloseCode.internalError,
          newer ? 'board needs a newer server' : 'internal error',
        );
      });
    },
  );
}
