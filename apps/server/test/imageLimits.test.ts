import { describe, expect, it } from 'vitest';
import type { ImageLimits } from '../src/images/limits';
import { createBoard, type TestServer } from './helpers';
import { solidPng, uploadImage } from './imageUploads';
import { useServerPerTest } from './useServer';

const startServer = useServerPerTest();
const start = (limits: Partial<ImageLimits>): Promise<TestServer> =>
  startServer({ images: { limits, collectEveryMs: 0 } });

const png = (color: string, side = 64) => solidPng(color, side);

function upload(s: TestServer, boardId: string, token: string, body: Buffer) {
  return uploadImage(s.app, boardId, token, body);
}

describe('image limits', () => {
  it("refuses an upload past the board's quota with 413, while another board still has room", async () => {
    const s = await start({ boardQuotaBytes: 3_000 });
    const board = await createBoard(s.app);
    const other = await createBoard(s.app);
    expect((await upload(s, board.id, board.editToken, await png('#123'))).statusCode).toBe(201);
    let refused = null;
    for (const color of ['#234', '#345', '#456', '#567', '#678', '#789', '#89a', '#9ab']) {
      const res = await upload(s, board.id, board.editToken, await png(color));
      if (res.statusCode !== 201) {
        refused = res;
        break;
      }
    }
    expect(refused?.statusCode).toBe(413);
    expect(refused?.json().error).toMatch(/board's images are at their limit/);
    expect((await upload(s, other.id, other.editToken, await png('#abc'))).statusCode).toBe(201);
  });

  it('counts uploads per address and refuses past the hourly limit with 429 and Retry-After', async () => {
    const s = await start({ uploadsPerAddressPerHour: 2 });
    const board = await createBoard(s.app);
    const image = await png('#0af');
    expect((await upload(s, board.id, board.editToken, image)).statusCode).toBe(201);
    expect((await upload(s, board.id, board.editToken, image)).statusCode).toBe(200);
    const third = await upload(s, board.id, board.editToken, image);
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses uploads beyond the decoder queue with 503 and Retry-After, and decodes the others', async () => {
    const s = await start({ processingConcurrency: 1, processingQueue: 0 });
    const board = await createBoard(s.app);
    const photos = await Promise.all(['#f00', '#0f0', '#00f', '#ff0'].map((c) => png(c, 2500)));
    const results = await Promise.all(photos.map((photo) => upload(s, board.id, board.editToken, photo)));
    const codes = results.map((r) => r.statusCode);
    expect(codes).toContain(201);
    expect(codes).toContain(503);
    expect(codes.every((c) => c === 201 || c === 503)).toBe(true);
    const busy = results.find((r) => r.statusCode === 503)!;
    expect(busy.headers['retry-after']).toBe('5');
  });
});
