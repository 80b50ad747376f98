/**
 * Security properties a self-hoster relies on: a Content-Security-Policy that forbids inline
 * script on a page that has none, tokens stored only as hashes (the SQLite file holds no token
 * bytes) and compared in constant time, board ids of at least 128 random bits, and no token in
 * the server's logs even at trace level.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type Client, connect, createBoard, startServer, synced, type TestServer } from '../helpers';
import { freePort } from '../services';
import { writeResult } from './results';
import { ServerPool } from './serverProcess';

const SERVER_SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));
const figures: Record<string, number | string | boolean> = {};

/** <script> elements with content between their tags (inline script). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/.test(attributes ?? '') || (body ?? '').trim() !== '')
    .map(([tag]) => tag);
}

function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

describe('security', () => {
  const servers: TestServer[] = [];
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const s of servers) await s.close();
    writeResult('security', figures);
  });

  it('serves every page with a CSP that forbids inline script, and the page has none', async () => {
    const built = existsSync(join(WEB_DIR, 'dist', 'index.html'));
    const server = await startServer({ logLevel: false, ...(built ? { webDist: join(WEB_DIR, 'dist') } : {}) });
    servers.push(server);
    const base = server.syncUrl.replace('ws:', 'http:').replace('/sync', '');
    for (const path of ['/', '/b/AAAAAAAAAAAAAAAAAAAAAA?token=x', '/api/health']) {
      const res = await fetch(`${base}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc.trim(), path).toBe("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      if (path !== '/api/health') expect(inlineScripts(await res.text()), path).toEqual([]);
    }
    // The source page too, so a contributor cannot add an inline script that only shows after a build.
    expect(inlineScripts(readFileSync(join(WEB_DIR, 'index.html'), 'utf8'))).toEqual([]);
    figures.cspScriptSrc = "'self'";
    figures.webAppBuilt = built;
    figures.inlineScripts = 0;
  });

  it('stores tokens only as hashes: the SQLite files hold no token bytes', async () => {
    const server = await startServer({ logLevel: false });
    servers.push(server);
    const boards = await Promise.all(Array.from({ length: 20 }, () => createBoard(server.app)));
    // Use the tokens once, so any code path that might store them ran.
    const client = connect(server.syncUrl, boards[0]!.id, boards[0]!.editToken);
    clients.push(client);
    await synced(client);
    client.doc.getMap('m').set('k', 1);
    const files = readdirSync(server.dir).filter((f) => f.startsWith('parcours.sqlite'));
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(server.dir, f))));
    let found = 0;
    for (const board of boards) {
      for (const token of [board.editToken, board.viewToken]) {
        found += occurrences(bytes, Buffer.from(token, 'utf8'));
        found += occurrences(bytes, Buffer.from(token, 'base64url'));
      }
    }
    // The file does hold the boards: the search looks where the tokens would be.
    expect(occurrences(bytes, Buffer.from(boards[0]!.id, 'utf8'))).toBeGreaterThan(0);
    expect(found).toBe(0);
    figures.sqliteFilesSearched = files.length;
    figures.tokensSearched = boards.length * 2;
    figures.tokenBytesFound = found;
  });

  it('compares tokens in constant time, on their hashes', () => {
    const tokens = readFileSync(join(SERVER_SRC, 'tokens.ts'), 'utf8');
    expect(tokens).toMatch(/timingSafeEqual\(/);
    expect(tokens).toMatch(/createHash\('sha256'\)/);
    // No other source compares a presented token directly: every check goes through roleOf.
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          // Type checks (typeof token === 'string') are fine; comparing its value is not.
          const lines = readFileSync(path, 'utf8')
            .split('\n')
            .filter((line) => !/typeof\s/.test(line));
          if (lines.some((line) => /token\s*[!=]==|[!=]==\s*token\b|token\.localeCompare/i.test(line)))
            offenders.push(path);
        }
      }
    };
    walk(SERVER_SRC);
    expect(offenders).toEqual([]);
  });

  it('names boards with at least 128 random bits', async () => {
    // 500 boards from one address: past the default hourly creation limit (growth.test.ts tests that).
    const server = await startServer({ logLevel: false, limits: { boardsPerAddressPerHour: 1_000 } });
    servers.push(server);
    const ids = await Promise.all(Array.from({ length: 500 }, async () => (await createBoard(server.app)).id));
    expect(new Set(ids).size).toBe(ids.length);
    const minBytes = Math.min(...ids.map((id) => Buffer.from(id, 'base64url').byteLength));
    expect(ids.every((id) => Buffer.from(id, 'base64url').toString('base64url') === id)).toBe(true);
    // Every position of the id varies over the whole alphabet: no fixed prefix or counter.
    const chars = ids.join('');
    const counts = new Map<string, number>();
    for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
    const bitsPerChar = -[...counts.values()].reduce((h, n) => h + (n / chars.length) * Math.log2(n / chars.length), 0);
    const bitsPerId = bitsPerChar * (chars.length / ids.length);
    expect(minBytes * 8).toBeGreaterThanOrEqual(128);
    expect(bitsPerId).toBeGreaterThanOrEqual(128);
    figures.boardIdBits = minBytes * 8;
    figures.boardIdMeasuredEntropyBits = Math.round(bitsPerId);
  });

  it('writes no token to its logs, even at trace level', async () => {
    const port = await freePort();
    const pool = new ServerPool({ port, env: {}, warm: 1, logLevel: 'trace' });
    try {
      const server = await pool.next();
      const base = `http://127.0.0.1:${port}`;
      const res = await fetch(`${base}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Journaux', locale: 'fr', template: 'blank' }),
      });
      const board = (await res.json()) as { id: string; editToken: string; viewToken: string };
      await fetch(`${base}/api/boards/${board.id}?token=${board.viewToken}`);
      await fetch(`${base}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      });
      await fetch(`${base}/api/boards/${board.id}?token=${board.editToken}x`);
      const editor = connect(`ws://127.0.0.1:${port}/sync`, board.id, board.editToken);
      clients.push(editor);
      await synced(editor);
      editor.doc.getMap('m').set('k', 1);
      // A bad frame and a wrong token: the paths that log warnings with request details.
      const bad = new WebSocket(`ws://127.0.0.1:${port}/sync/${board.id}?token=${board.editToken}`);
      await new Promise((resolve) => bad.once('open', resolve));
      bad.send(Uint8Array.of(99));
      await new Promise((resolve) => bad.once('close', resolve));
      const wrong = new WebSocket(`ws://127.0.0.1:${port}/sync/${board.id}?token=${board.viewToken}zz`);
      wrong.on('error', () => {});
      await new Promise((resolve) => wrong.once('close', resolve));
      editor.destroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.kill();
      const logs = server.output();
      expect(logs).toContain('incoming request');
      expect(logs).toContain('closing a connection after a bad frame');
      const leaks = [board.editToken, board.viewToken].filter((t) => logs.includes(t));
      figures.logBytesSearched = logs.length;
      figures.tokensFoundInLogs = leaks.length;
      expect(leaks).toEqual([]);
    } finally {
      await pool.stop();
    }
  });
});
