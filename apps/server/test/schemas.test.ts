/**
 * Routes declare zod schemas (fastify-type-provider-zod): requests are validated with them, replies
 * serialised by them (what a schema does not list never leaves, a reply that breaks it is a 500),
 * and the OpenAPI document is generated from them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app';
import { openSqliteStore } from '../src/storage/sqlite';

describe('route schemas', () => {
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parcours-schemas-'));
    app = await buildApp({ store: openSqliteStore({ file: join(dir, 'db.sqlite') }), webDist: join(dir, 'none') });
    // A route written like the others, whose handler returns more, or other, than its schema says.
    const health = z.object({ ok: z.boolean() });
    app
      .withTypeProvider<ZodTypeProvider>()
      .get('/api/test/extra', { schema: { response: { 200: health } } }, async () => ({ ok: true, secret: 'x' }))
      .get('/api/test/wrong', { schema: { response: { 200: health } } }, async () => ({ ok: 'yes' }) as never);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends only what the response schema lists', async () => {
    const res = await app.inject({ url: '/api/test/extra' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('answers 500 rather than a reply that breaks its schema', async () => {
    const res = await app.inject({ url: '/api/test/wrong' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal server error' });
  });

  it('locates the problems of a refused request, query included', async () => {
    const res = await app.inject({ url: `/api/boards/x/export.png?pixelRatio=9&token=${'t'.repeat(300)}` });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['query.pixelRatio', 'query.token']);
  });

  it('documents request and response bodies from the same schemas', async () => {
    const spec = (await app.inject({ url: '/api/docs/json' })).json();
    const create = spec.paths['/api/boards'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.properties.template.enum).toContain('fr-purchase-8');
    const created = create.responses['201'].content['application/json'].schema;
    expect(created.required).toEqual(expect.arrayContaining(['id', 'editToken', 'viewToken', 'facilitatorToken']));
    const access = spec.paths['/api/boards/{id}/access'].get.responses['200'].content['application/json'].schema;
    expect(access.properties.role.enum).toEqual(['edit', 'view', 'facilitator', 'comment']);
  });
});
