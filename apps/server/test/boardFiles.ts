/**
 * A board's files over REST, as the app moves them: the JSON export a viewer downloads, the import
 * of a file (a JSON map, a PNG exported by Parcours, or anything else a user drops), and raw bodies.
 */
import type { CreatedBoard } from '@parcours/api';
import type { FastifyInstance } from 'fastify';

/** GET export.json with the board's view token; resolves with the reply, whatever it is. */
export function exportJson(app: FastifyInstance, board: { readonly id: string; readonly viewToken: string }) {
  return app.inject({ url: `/api/boards/${board.id}/export.json?token=${board.viewToken}` });
}

/** POST of a body the server parses itself (malformed or hostile JSON, say), as text of `contentType`. */
export function postText(app: FastifyInstance, url: string, text: string, contentType = 'application/json') {
  return app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload: text });
}

/**
 * POST /api/boards/import. An object goes as JSON; text or bytes go with `contentType`.
 * Resolves with the reply, whatever it is.
 */
export function importFile(app: FastifyInstance, payload: object | string | Buffer, contentType?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/boards/import',
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
    payload,
  });
}

/** Imports a journey map and returns the board it made; fails unless the server created one. */
export async function importedBoard(app: FastifyInstance, map: object | string): Promise<CreatedBoard> {
  const res = await importFile(app, map, typeof map === 'string' ? 'application/json' : undefined);
  if (res.statusCode !== 201) throw new Error(`import failed: ${res.statusCode} ${res.body}`);
  return res.json();
}
