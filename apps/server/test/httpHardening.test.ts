/**
 * Headers and request bodies a hostile client controls: a body sent slowly is cut off, JSON nested
 * deeper than the format is refused before it is parsed, HSTS goes out only behind HTTPS, and the
 * page may connect only to its own server.
 */
import { connect as netConnect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exportJson, importFile, postText } from './boardFiles';
import { connect, createBoard, synced, type TestServer } from './helpers';
import { useServerPerTest } from './useServer';

describe('HTTP hardening', () => {
  const start = useServerPerTest();
  let server: TestServer;

  it('answers 408 and closes a request whose body trickles in past the body timeout, and keeps websockets open', async () => {
    server = await start({ bodyTimeoutMs: 1_000 });
    const board = await createBoard(server.app);
    const client = connect(server.syncUrl, board.id, board.editToken);
    await synced(client);
    const port = new URL(server.syncUrl).port;
    const socket = netConnect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => {});
    // Headers announce 100 bytes; 10 come, then nothing.
    socket.write(
      'POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"title":',
    );
    const startedAt = Date.now();
    const outcome = await Promise.race([closed.then(() => 'closed'), sleep(15_000).then(() => 'still open')]);
    socket.destroy();
    expect(outcome).toBe('closed');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    // The body timeout does not apply to an upgraded connection.
    expect(client.provider.wsconnected).toBe(true);
    expect(client.closeCodes).toEqual([]);
    client.destroy();
  });

  it('refuses JSON nested deeper than the format before parsing it, and still imports a real map', async () => {
    server = await start();
    const depth = 5_000_000; // 10 MB of nested arrays
    const res = await importFile(server.app, `${'['.repeat(depth)}${']'.repeat(depth)}`, 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('JSON nested deeper than 16 levels');
    const nestedCreate = await postText(
      server.app,
      '/api/boards',
      `{"title":${'['.repeat(17)}${']'.repeat(17)}}`,
      'application/json; charset=utf-8',
    );
    expect(nestedCreate.statusCode).toBe(400);
    expect(nestedCreate.json().error).toContain('nested deeper');
    // Fastify's own checks still run behind the depth check.
    const poisoned = await postText(server.app, '/api/boards', '{"__proto__":{"x":1}}');
    expect(poisoned.statusCode).toBe(400);
    const board = await createBoard(server.app, 'fr-purchase-8');
    const exported = await exportJson(server.app, board);
    const imported = await importFile(server.app, exported.body, 'application/json');
    expect(imported.statusCode).toBe(201);
  });

  it('sends HSTS only when told the users come over HTTPS, without includeSubDomains', async () => {
    server = await start();
    expect((await server.app.inject({ url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    expect((await server.app.inject({ url: '/' })).headers['strict-transport-security']).toBeUndefined();
    await server.close();
    server = await start({ hsts: true });
    expect((await server.app.inject({ url: '/' })).headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it("lets pages connect to their own server only (connect-src 'self', which covers ws: and wss: there)", async () => {
    server = await start();
    const csp = String((await server.app.inject({ url: '/' })).headers['content-security-policy']);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/connect-src[^;]*wss?:/);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
