/**
 * One real server for a test file or describe block: started before its tests, its clients
 * destroyed after each test, closed after the last. The same TestServer as `startServer`'s, to
 * use inside tests and hooks (before the first test it is not started yet).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AppOptions } from '../src/app';
import { startServer, type TestServer } from './helpers';

export function useServer(options: Partial<AppOptions> = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer(options);
  });
  afterEach(() => {
    started?.closeClients();
  });
  afterAll(async () => {
    await started?.close();
  });
  const server = (): TestServer => {
    if (!started) throw new Error('the test server starts before the tests: use it inside a test or a hook');
    return started;
  };
  return {
    get app() {
      return server().app;
    },
    get store() {
      return server().store;
    },
    get syncUrl() {
      return server().syncUrl;
    },
    get dir() {
      return server().dir;
    },
    connect: (boardId, token, author) => server().connect(boardId, token, author),
    open: (boardId, token, author) => server().open(boardId, token, author),
    settled: (boardId) => server().settled(boardId),
    closeClients: () => server().closeClients(),
    close: () => server().close(),
  };
}

/**
 * Servers each test starts for itself, with its own options: the function returned starts one,
 * and every server started is closed after the test (closing one earlier is fine).
 */
export function useServerPerTest(): (options?: Partial<AppOptions>) => Promise<TestServer> {
  const started: TestServer[] = [];
  afterEach(async () => {
    for (const server of started.splice(0)) await server.close();
  });
  return async (options = {}) => {
    const server = await startServer(options);
    started.push(server);
    return server;
  };
}
