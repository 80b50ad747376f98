/**
 * Which pages may open the relay's websocket: a browser sends its page's Origin, and a page of
 * another site is refused with 403 before the upgrade; clients that send no Origin (Node, scripts)
 * hold a token like anyone and are let in.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createBoard, type TestServer } from './helpers';
import { useServerPerTest } from './useServer';

/** 'open', or the HTTP status that refused the upgrade. */
function handshake(url: string, origin?: string): Promise<'open' | number> {
  const socket = new WebSocket(url, origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

describe('websocket Origin check', () => {
  const start = useServerPerTest();
  let server: TestServer;

  it('lets in pages of the host connected to and clients without an Origin, and refuses other sites', async () => {
    server = await start();
    const board = await createBoard(server.app);
    const url = `${server.syncUrl}/${board.id}?token=${board.editToken}`;
    const { host } = new URL(server.syncUrl);
    expect(await handshake(url)).toBe('open');
    expect(await handshake(url, `http://${host}`)).toBe('open');
    expect(await handshake(url, 'https://evil.example')).toBe(403);
    expect(await handshake(url, `http://${host}.evil.example`)).toBe(403);
    expect(await handshake(url, 'null')).toBe(403);
  });

  it('with a list (ALLOWED_ORIGINS, or PUBLIC_URL), lets in its origins too, as a proxy that rewrites Host needs', async () => {
    server = await start({ allowedOrigins: ['https://parcours.example.org'] });
    const board = await createBoard(server.app);
    const url = `${server.syncUrl}/${board.id}?token=${board.editToken}`;
    expect(await handshake(url, 'https://parcours.example.org')).toBe('open');
    expect(await handshake(url, `http://${new URL(server.syncUrl).host}`)).toBe('open');
    expect(await handshake(url, 'https://evil.example')).toBe(403);
    expect(await handshake(url, 'https://parcours.example.org.evil.example')).toBe(403);
    expect(await handshake(url)).toBe('open');
    await server.close();
    server = await start({ allowedOrigins: ['*'] });
    const other = await createBoard(server.app);
    expect(await handshake(`${server.syncUrl}/${other.id}?token=${other.editToken}`, 'https://evil.example')).toBe(
      'open',
    );
  });
});
