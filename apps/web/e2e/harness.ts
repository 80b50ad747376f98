/**
 * End-to-end harness: the REAL server (apps/server buildApp over SQLite in a temp dir, on port 0)
 * serving the web app as built for these tests (apps/web/dist-e2e: production's build plus the test
 * hooks, built by e2e/globalSetup.ts when the sources changed), driven by Debian's Chromium through
 * playwright-core.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreatedBoard } from '@parcours/api';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../bench/browser/chromium';

/**
 * The server's own modules, loaded at run time: the web typecheck does not follow them, so it
 * stays independent of the server's work in progress; only the few calls below are typed here.
 */
interface ServerApp {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
  server: { address(): { port: number } | string | null };
}
interface ServerModules {
  buildApp(options: {
    store: unknown;
    webDist: string;
    logLevel: false;
    limits?: Readonly<Record<string, number>>;
  }): Promise<ServerApp>;
  openSqliteStore(options: { file: string }): unknown;
}

async function loadServer(): Promise<ServerModules> {
  const source = (file: string) => new URL(`../../server/src/${file}`, import.meta.url).href;
  const [app, sqlite] = await Promise.all([import(source('app.ts')), import(source('storage/sqlite.ts'))]);
  return { buildApp: app.buildApp, openSqliteStore: sqlite.openSqliteStore };
}

export const WEB_DIST = fileURLToPath(new URL('../dist-e2e', import.meta.url));
export const OUTPUT_DIR = fileURLToPath(new URL('./output', import.meta.url));

export interface Server {
  readonly url: string;
  close(): Promise<void>;
}

/** `limits`: the server's limits to lower for a test (apps/server/src/limits/limits.ts). */
export async function startServer(options: { limits?: Readonly<Record<string, number>> } = {}): Promise<Server> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      'apps/web/dist-e2e is missing: run `pnpm --filter @parcours/web build:e2e` (or the tests through vitest)',
    );
  }
  const { buildApp, openSqliteStore } = await loadServer();
  const dir = mkdtempSync(join(tmpdir(), 'parcours-e2e-'));
  const store = openSqliteStore({ file: join(dir, 'parcours.sqlite') });
  const app = await buildApp({ store, webDist: WEB_DIST, logLevel: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A participant: their own browser context (own IndexedDB and localStorage), with a name already
 * chosen so the test lands on the board (the name dialog has its own test).
 */
export async function newParticipant(
  browser: Browser,
  name: string | null,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 860 },
    locale: options.locale ?? 'fr-FR',
    acceptDownloads: true,
  });
  if (name) {
    const participant = { id: `p-${name.toLowerCase()}`, name, color: '#2563eb' };
    await context.addInitScript((value) => {
      if (!localStorage.getItem('parcours.participant')) localStorage.setItem('parcours.participant', value);
    }, JSON.stringify(participant));
  }
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
}

export type { CreatedBoard };

/** Creates a board through the real API (the home page's own flow has its own test). */
export async function createBoardViaApi(
  server: Server,
  body: { title: string; locale: 'fr' | 'en'; template: string },
): Promise<CreatedBoard> {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

export function boardUrl(server: Server, board: CreatedBoard, role: 'edit' | 'view' = 'edit'): string {
  return `${server.url}/b/${board.id}?token=${role === 'edit' ? board.editToken : board.viewToken}`;
}

/**
 * The real server and Chromium for one test file: started before its tests (`ready` gets them),
 * stopped after them, also when a test failed.
 */
export function useServerAndBrowser(
  ready: (server: Server, browser: Browser) => void | Promise<void>,
  startTimeoutMs?: number,
  serverOptions?: Parameters<typeof startServer>[0],
): void {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(serverOptions), launchBrowser()]);
    await ready(server, browser);
  }, startTimeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
