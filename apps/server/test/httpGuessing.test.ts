/**
 * Token guessing over HTTP counts against the same per-address limit as the relay's, and behind a
 * reverse proxy (TRUST_PROXY) the address is the user's from X-Forwarded-For, not the proxy's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBoard, startServer, type TestServer } from './helpers';

describe('token guessing over HTTP', () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  const summary = (s: TestServer, boardId: string, token: string, forwardedFor?: string) =>
    s.app.inject({
      url: `/api/boards/${boardId}?token=${token}`,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('refuses an address with 429 after 20 failures, before looking at its token', async () => {
    server = await startServer();
    const board = await createBoard(server.app);
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await summary(server, board.id, `devine-${i}`)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20).every((c) => c === 429)).toBe(true);
    const right = await summary(server, board.id, board.viewToken);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ignores X-Forwarded-For unless told to trust the proxy', async () => {
    server = await startServer();
    const board = await createBoard(server.app);
    // A guesser cannot reset its count by inventing addresses.
    for (let i = 0; i < 20; i++) await summary(server, board.id, 'devine', `203.0.113.${i}`);
    expect((await summary(server, board.id, board.viewToken, '198.51.100.7')).statusCode).toBe(429);
  });

  it('behind a trusted proxy, limits the guesser and not the other users of that proxy', async () => {
    server = await startServer({ trustProxy: ['loopback'] }); // inject() comes from 127.0.0.1, like a local proxy
    const board = await createBoard(server.app);
    for (let i = 0; i < 20; i++) {
      expect((await summary(server, board.id, `devine-${i}`, '203.0.113.9')).statusCode).toBe(401);
    }
    expect((await summary(server, board.id, board.viewToken, '203.0.113.9')).statusCode).toBe(429);
    const colleague = await summary(server, board.id, board.viewToken, '198.51.100.7');
    expect(colleague.statusCode).toBe(200);
  });
});
