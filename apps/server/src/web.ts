/**
 * The built web app (apps/web/dist): its files, and index.html for every other GET that is not
 * the API or the relay, so /b/:boardId deep links work (single-page app). Until the web app is
 * built, a plain page says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parcours</title></head>
<body><h1>Parcours</h1>
<p>The server is running, but the web app has not been built yet.</p>
<p>Run <code>pnpm build</code> at the root of the repository, then restart the server.</p>
<p>API documentation: <a href="/api/docs">/api/docs</a></p></body></html>
`;

export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const built = existsSync(join(webDist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      // The build writes .br and .gz copies of its text files (apps/web/compressAssets.ts): sent to
      // browsers that accept them, with Vary: Accept-Encoding; nothing is compressed per request.
      preCompressed: true,
      // Vite puts content-hashed files under assets/: they never change, everything else may.
      setHeaders: (res, path) => {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const page = (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|sync)(\/|$)/.test(path);
    if (!page) return reply.code(404).send({ error: 'not found' });
    if (built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(200).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
  });
}
