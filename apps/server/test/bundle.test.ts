/**
 * What `pnpm start` and the Docker image run: the esbuild bundle (build.mjs) under plain `node`, no
 * TypeScript loader. It answers, creates a board and renders a PNG in its bundled export worker.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBoardAt } from './helpers';
import { freePort } from './services';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

async function buildIfChanged(name: string): Promise<void> {
  const script = new URL('../../../scripts/buildIfChanged.mjs', import.meta.url).href;
  await ((await import(script)) as { buildIfChanged(name: string): Promise<boolean> }).buildIfChanged(name);
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the bundled server did not answer (exit code ${child.exitCode})`);
}

describe('bundled server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bundle-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs under plain node: creates a board and exports it as PNG', async () => {
    await buildIfChanged('server');
    const port = await freePort();
    child = spawn(process.execPath, ['dist/main.js'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, child);
    const board = await createBoardAt(url, { title: 'Bundle', locale: 'fr', template: 'fr-purchase-8' });
    const png = await fetch(`${url}/api/boards/${board.id}/export.png?token=${board.viewToken}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await png.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
