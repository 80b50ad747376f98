import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Rooms } from '../relay/rooms';
import type { BoardStore } from '../storage/store';

const health = z.object({
  ok: z.boolean(),
  boards: z.number().meta({ description: 'Boards loaded in memory' }),
  asleep: z.number().meta({ description: 'Loaded boards idle long enough to be held only as their encoded state' }),
  connections: z.number().meta({ description: 'Open websocket connections' }),
  store: z.object({ ok: z.boolean(), driver: z.string(), error: z.string().optional() }),
  history: z
    .object({ checkpoints: z.number(), bytes: z.number() })
    .optional()
    .meta({ description: 'Saved versions of every board and the bytes they take (absent when the store is down)' }),
});

export function registerHealthRoutes(app: FastifyInstance, options: { store: BoardStore; rooms: Rooms }): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { summary: 'Liveness and readiness', tags: ['health'], response: { 200: health, 503: health } } },
      async (_request, reply) => {
        const store = await options.store.status();
        const history = store.ok ? await options.store.checkpoints.stats().catch(() => undefined) : undefined;
        return reply.code(store.ok ? 200 : 503).send({
          ok: store.ok,
          ...options.rooms.stats,
          store,
          ...(history ? { history: { checkpoints: history.count, bytes: history.bytes } } : {}),
        });
      },
    );
}
