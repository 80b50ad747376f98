/**
 * Builds the whole server (API, relay, web app) without listening: main.ts listens, tests use
 * inject() or listen on port 0. Plugins are registered by hand, in this one list.
 */
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { BoardBus } from './bus/bus';
import { installValidation, swaggerTransform } from './http/validation';
import { AuthLimiter } from './relay/authLimiter';
import { Rooms } from './relay/rooms';
import { registerSyncRoute } from './relay/syncRoute';
import { registerBoardRoutes } from './routes/boards';
import { registerExportRoutes } from './routes/export';
import { registerHealthRoutes } from './routes/health';
import type { BoardStore } from './storage/store';
import { registerWeb } from './web';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_FRAME_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  readonly store: BoardStore;
  /** Base of share links; defaults to http://localhost:8080. */
  readonly publicUrl?: string;
  /** Log level, or false for no logs. */
  readonly logLevel?: string | false;
  /** Directory of the built web app. */
  readonly webDist?: string;
  readonly heartbeatMs?: number;
  readonly compactEveryMs?: number;
  readonly compactAfter?: number;
  /** An idle loaded board keeps only its encoded state after this long (relay/boardState.ts). */
  readonly boardSleepMs?: number;
  /** Fastify's trustProxy: which X-Forwarded-For hops give the client's address (rate limits). */
  readonly trustProxy?: boolean | string[];
  /** Close the store when the app closes (main.ts: yes; tests that reopen it: no). */
  readonly closeStore?: boolean;
  /** Fan-out to the other instances (closed with the app); a server alone when absent. */
  readonly bus?: BoardBus;
  /**
   * Root names outside the board's layout that clients may write anything into (size, cost and
   * rights still checked). Only for the tests of relay mechanics; main.ts never sets it.
   */
  readonly scratchRoots?: readonly string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The loaded boards (for health checks and tests). */
    rooms: Rooms;
  }
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel ? loggerOptions(options.logLevel) : false,
    bodyLimit: MAX_BODY_BYTES,
    forceCloseConnections: 'idle',
    trustProxy: options.trustProxy ?? false,
  });
  const { store } = options;
  const rooms = new Rooms({
    store,
    log: app.log,
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.compactEveryMs !== undefined ? { compactEveryMs: options.compactEveryMs } : {}),
    ...(options.compactAfter !== undefined ? { compactAfter: options.compactAfter } : {}),
    ...(options.boardSleepMs !== undefined ? { sleepAfterMs: options.boardSleepMs } : {}),
    ...(options.bus !== undefined ? { bus: options.bus } : {}),
    ...(options.scratchRoots !== undefined ? { scratchRoots: new Set(options.scratchRoots) } : {}),
  });
  app.decorate('rooms', rooms);

  installValidation(app);
  app.addContentTypeParser('image/png', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Parcours API',
        version: '1',
        description: 'Boards, import and export. Realtime sync: ws /sync/:boardId.',
      },
    },
    transform: swaggerTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(websocket, {
    options: { maxPayload: MAX_FRAME_BYTES },
    // Replaces the plugin's default, which closes sockets without a word: store, then say goodbye.
    preClose: async () => {
      await rooms.close();
      for (const client of app.websocketServer.clients) client.close(1001, 'server shutting down');
    },
  });

  registerHealthRoutes(app, { store, rooms });
  // One count of failed token checks per address, over HTTP and the relay alike.
  const limiter = new AuthLimiter();
  registerBoardRoutes(app, { store, rooms, limiter, publicUrl: options.publicUrl ?? 'http://localhost:8080' });
  registerExportRoutes(app, { store, rooms, limiter });
  registerSyncRoute(app, { store, rooms, limiter });
  await registerWeb(app, options.webDist ?? DEFAULT_WEB_DIST);

  if (options.closeStore ?? true) app.addHook('onClose', async () => store.close());
  if (options.bus) app.addHook('onClose', async () => options.bus?.close());
  return app;
}

function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      // Never log tokens: share links and websocket URLs carry them in the query string.
      req: (req) => ({ method: req.method, url: redactQuery(req.url), remoteAddress: req.ip }),
    },
  };
}

export function redactQuery(url: string | undefined): string | undefined {
  if (!url) return url;
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}
