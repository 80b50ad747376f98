/**
 * Joining by a short code (issue 18): the facilitator's screen gets one code per board, a phone
 * turns it into the edit link; only a facilitator makes codes, missed codes count as failed token
 * checks (429 past the limit), codes expire, and their number is bounded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openRedisJoinCodes } from '../src/join/redisJoinCodes';
import { type CreatedBoard, createBoard, startServer } from './helpers';
import { startRedis } from './services';
import { useServer } from './useServer';

describe('join codes over HTTP', () => {
  const server = useServer();
  let board: CreatedBoard;
  beforeAll(async () => {
    board = await createBoard(server.app);
  });
  const issue = (token: string, id = board.id) =>
    server.app.inject({ method: 'POST', url: `/api/boards/${id}/join-code?token=${token}` });

  it('gives the facilitator one code per board, which resolves to the edit link whatever its case and dashes', async () => {
    const first = await issue(board.facilitatorToken);
    expect(first.statusCode).toBe(201);
    const { code, expiresAt } = first.json() as { code: string; expiresAt: string };
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect((await issue(board.facilitatorToken)).json().code).toBe(code);

    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    const res = await server.app.inject({ url: `/api/join/${encodeURIComponent(typed)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: board.id, token: board.editToken, role: 'edit', url: board.editUrl });
  });

  it('refuses editors and viewers (403), wrong tokens (401) and unknown boards (404)', async () => {
    expect((await issue(board.editToken)).statusCode).toBe(403);
    expect((await issue(board.viewToken)).statusCode).toBe(403);
    expect((await issue('not-a-token')).statusCode).toBe(401);
    expect((await issue(board.facilitatorToken, 'unknownboard123')).statusCode).toBe(404);
  });

  it('counts missed codes as failed token checks: 429 past the limit, while a right code still resolves', async () => {
    const { code } = (await issue(board.facilitatorToken)).json() as { code: string };
    const remoteAddress = '10.9.8.7';
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await server.app.inject({ url: '/api/join/AAAA-AAAA', remoteAddress });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect((await server.app.inject({ url: `/api/join/${code}`, remoteAddress })).statusCode).toBe(200);
    // Anything that cannot be a code is a miss too, and the parameter is bounded.
    expect((await server.app.inject({ url: `/api/join/${'A'.repeat(40)}` })).statusCode).toBe(400);
  });
});

describe('join codes while Redis is away', () => {
  it('answers 503 with a way out (the QR code or the link), and the board itself still opens', async () => {
    const redis = await startRedis();
    const joinCodes = await openRedisJoinCodes({ url: redis.url, ttlMs: 60_000, max: 10 });
    const server = await startServer({ joinCodes });
    try {
      const board = await createBoard(server.app);
      await redis.stop();
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/join-code?token=${board.facilitatorToken}`,
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatch(/QR code or the link/);
      expect((await server.app.inject({ url: '/api/join/ABCD-EFGH' })).statusCode).toBe(503);
      expect((await server.app.inject({ url: `/api/boards/${board.id}?token=${board.editToken}` })).statusCode).toBe(
        200,
      );
    } finally {
      await server.close();
    }
  }, 30_000);
});
