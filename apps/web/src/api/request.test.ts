// @vitest-environment happy-dom
import type { CreatedBoard } from '@parcours/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../testing/apiServer';
import { ApiError, fetchJson, fetchOk, jsonBody } from './request';

/** The one way the app calls the API, against the real server. */
describe('fetchJson', () => {
  let server: { close(): Promise<void> };
  beforeAll(async () => {
    server = await startApiServer();
  }, 40_000);
  afterAll(() => server?.close());

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('the request should be refused'),
      (err: unknown) => {
        expect(err).toBeInstanceOf(ApiError);
        return err as ApiError;
      },
    );

  it('sends a JSON body and reads the JSON reply', async () => {
    const board = await fetchJson<CreatedBoard>('/api/boards', jsonBody({ title: 'Atelier', template: 'blank' }));
    expect(board.id).toMatch(/^[\w-]{22}$/);
    const access = await fetchJson<{ role: string }>(`/api/boards/${board.id}/access?token=${board.editToken}`);
    expect(access.role).toBe('edit');
  });

  it("resolves a reply without content (204) to undefined, with the versions' routes", async () => {
    const board = await fetchJson<CreatedBoard>('/api/boards', jsonBody({ template: 'blank' }));
    const versions = `/api/boards/${board.id}/versions`;
    const saved = await fetchJson<{ id: string }>(
      `${versions}?token=${board.facilitatorToken}`,
      jsonBody({ name: 'v1' }),
    );
    const renamed = await fetchJson<{ name: string }>(
      `${versions}/${saved.id}?token=${board.facilitatorToken}`,
      jsonBody({ name: 'v2' }, 'PATCH'),
    );
    expect(renamed.name).toBe('v2');
    const url = `${versions}/${saved.id}?token=${board.facilitatorToken}`;
    expect(await fetchJson(url, { method: 'DELETE' })).toBeUndefined();
  });

  it("rejects a refusal with the server's status, message and issues", async () => {
    const wrong = await refusal(fetchJson('/api/boards/nope/access?token=nope'));
    expect([401, 404]).toContain(wrong.status);
    expect(wrong.message).not.toBe('');
    const broken = await refusal(
      fetchJson('/api/boards/import', jsonBody({ format: 'parcours.journey-map', version: 1 })),
    );
    expect(broken.status).toBe(400);
    expect(broken.issues.length).toBeGreaterThan(0);
  });

  it('rejects with status 0 when nothing answers', async () => {
    const offline = await refusal(fetchOk('http://127.0.0.1:9/api/health'));
    expect(offline.status).toBe(0);
    expect(offline.message).toBe('network');
  });
});
