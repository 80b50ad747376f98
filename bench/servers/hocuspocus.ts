/**
 * Hocuspocus with its default configuration (in memory, no extensions), only quiet. Its own
 * listen() passes `address` where Node expects `host` and so binds every interface; we listen
 * on its http server ourselves to stay on loopback. Nothing else in its setup changes.
 */
import { Server } from '@hocuspocus/server';
import type { RunningServer } from './kinds';

export async function startHocuspocus(): Promise<RunningServer> {
  const server = new Server({ quiet: true, stopOnSignals: false });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: async () => {
      await server.destroy();
    },
  };
}
