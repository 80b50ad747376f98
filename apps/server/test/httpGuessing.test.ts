/**
 * Token guessing over HTTP counts against the same per-address limit as the relay's, and behind a
 * reverse proxy (TRUST_PROXY) the address is the user's from X-Forwarded-For, not the proxy's.
 * Only failures are limited: a right token always gets in.
 */
import { describe, expect, it } from 'vitest';
import { createBoard, type TestServer } from './helpers';
import { useServerPerTest } from './useServer';

describe('token guessing over HTTP', () => {
  const start = useServerPerTest();
  let server: TestServer;

  const summary = (s: TestServer, boardId: string, token: string, forwardedFor?: string) =>
    s.app.inject({
      url: `/api/boards/${boardId}?token=${token}`,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it("refuses an address's failures with 429 after 20, whether the board exists or not, yet lets its right tokens in", async () => {
    server = await start();
    const board = await createBoard(server.app);
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) codes.push((await summary(server, board.id, `devine-${i}`)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20).every((c) => c === 429)).toBe(true);
    const unknown = await summary(server, 'inconnu-0123456789', 'devine');
    expect(unknown.statusCode).toBe(429);
    expect(Number(unknown.headers['retry-after'])).toBeGreaterThan(0);
    // A workshop behind one NAT address: a colleague's typos do not lock out the people with the right link.
    expect((await summary(server, board.id, board.viewToken)).statusCode).toBe(200);
    expect((await summary(server, board.id, board.editToken)).statusCode).toBe(200);
    expect((await summary(server, board.id, 'devine-encore')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For unless told to trust the proxy', async () => {
    server = await start();
    const board = await createBoard(server.app);
    // A guesser cannot reset its count by inventing addresses.
    for (let i = 0; i < 20; i++) await summary(server, board.id, 'devine', `203.0.113.${i}`);
    expect((await summary(server, board.id, 'devine', '198.51.100.7')).statusCode).toBe(429);
  });

  it('behind a trusted proxy, limits the guesser and not the other users of that proxy', async () => {
    server = await start({ trustProxy: ['loopback'] }); // inject() comes from 127.0.0.1, like a local proxy
    const board = await createBoard(server.app);
    for (let i = 0; i < 20; i++) {
      expect((await summary(server, board.id, `devine-${i}`, '203.0.113.9')).statusCode).toBe(401);
    }
    expect((await summary(server, board.id, 'devine', '203.0.113.9')).statusCode).toBe(429);
    const colleague = await summary(server, board.id, 'faute-de-frappe', '198.51.100.7');
    expect(colleague.statusCode).toBe(401);
  });
});
