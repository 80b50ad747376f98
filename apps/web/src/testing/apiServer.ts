/**
 * The real server for component tests that talk to the API: the production bundle (built when its
 * sources changed, scripts/buildIfChanged.mjs) under plain node, on SQLite in a temp dir, on a free
 * port; the page's address is set to it, so the app's relative URLs reach it. A child process: under
 * happy-dom, modules are transformed for the browser, which the server's own code is not made for.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('run the tests from inside the repository');
    dir = up;
  }
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Node's own HTTP client: the page's fetch would log every refused connection while the server starts. */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}

/** `env`: the server's environment for the test (limits such as BOARD_MAX_BYTES, see docs/API.md). */
export async function startApiServer(env: Readonly<Record<string, string>> = {}): Promise<{ close(): Promise<void> }> {
  const root = repoRoot();
  const build = spawnSync(process.execPath, [join(root, 'scripts/buildIfChanged.mjs'), 'server'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('the server bundle did not build (node scripts/buildIfChanged.mjs server)');
  const dir = mkdtempSync(join(tmpdir(), 'parcours-web-api-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], {
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  // The page is served from the server: its requests are same-origin, as in production.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${url}/`);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (await healthy(`${url}/api/health`)) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start (exit code ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
