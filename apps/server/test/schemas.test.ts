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

  it('documents the JSON replies of history, join codes and images, and the files under their own types', async () => {
    const spec = (await app.inject({ url: '/api/docs/json' })).json();
    const json = (path: string, method: string, status: string) =>
      spec.paths[path][method].responses[status].content['application/json'].schema;
    const versions = json('/api/boards/{id}/versions', 'get', '200').properties.versions.items;
    expect(versions.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'createdAt', 'bytes', 'participants', 'summary']),
    );
    expect(Object.keys(versions.properties.summary.properties)).toEqual(
      expect.arrayContaining(['cardsAdded', 'irritantsAdded', 'emotion', 'phasesRenamed', 'titleChanged']),
    );
    const diff = json('/api/boards/{id}/versions/{versionId}/diff', 'get', '200');
    expect(Object.keys(diff.properties)).toEqual(['cards', 'summary']);
    expect(json('/api/join/{code}', 'get', '200').required).toEqual(['id', 'token', 'role', 'url']);
    expect(json('/api/boards/{id}/join-code', 'post', '201').required).toEqual(['code', 'expiresAt']);
    expect(json('/api/boards/{id}/images', 'post', '201').required).toEqual(
      expect.arrayContaining(['hash', 'width', 'height', 'mime', 'bytes', 'url']),
    );
    // A file is documented under its content type; the route's errors stay JSON.
    const files: [string, string][] = [
      ['/api/boards/{id}/archive.zip', 'application/zip'],
      ['/api/boards/{id}/export.pdf', 'application/pdf'],
      ['/api/boards/{id}/export.md', 'text/markdown'],
      ['/api/boards/{id}/export.mmd', 'text/vnd.mermaid'],
      ['/api/boards/{id}/export.png', 'image/png'],
      ['/api/boards/{id}/versions/{versionId}/state', 'application/octet-stream'],
      ['/api/boards/{id}/versions/{versionId}/export.png', 'image/png'],
      ['/api/boards/{id}/images/{hash}', 'image/jpeg'],
    ];
    for (const [path, type] of files) {
      const responses = spec.paths[path].get.responses;
      expect(Object.keys(responses['200'].content), path).toContain(type);
      expect(Object.keys(responses['404'].content), path).toEqual(['application/json']);
    }
  });
});
