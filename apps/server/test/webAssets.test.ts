/**
 * The web app's files go out compressed when the build wrote .br/.gz copies (apps/web/compressAssets.ts)
 * and the browser accepts them (issue 18: a phone on a hotel Wi-Fi); the plain file otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers';

describe('compressed web assets', () => {
  let server: TestServer;
  let dist: string;
  const js = `export const big = ${JSON.stringify('parcours '.repeat(2000))};\n`;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'parcours-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Parcours</title>');
    writeFileSync(join(dist, 'assets', 'app-abc.js'), js);
    writeFileSync(join(dist, 'assets', 'app-abc.js.br'), brotliCompressSync(js));
    writeFileSync(join(dist, 'assets', 'app-abc.js.gz'), gzipSync(js));
    server = await startServer({ webDist: dist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends brotli, else gzip, else the file, each saying so and varying on Accept-Encoding', async () => {
    const get = (encoding?: string) =>
      server.app.inject({ url: '/assets/app-abc.js', headers: encoding ? { 'accept-encoding': encoding } : {} });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(js);
    expect(br.rawPayload.byteLength).toBeLessThan(js.length / 10);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    // Page routes still get index.html.
    expect((await server.app.inject({ url: '/b/someboard' })).body).toContain('<title>Parcours</title>');
  });
});
