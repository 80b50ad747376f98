/**
 * Hocuspocus 4.7.0 with its default configuration (in memory, no extensions; updates and awareness
 * of one event-loop turn merged into one broadcast, its `flushDelay: 0`), only quiet. We listen on
 * its http server ourselves, on loopback, as every server of the bench does; its upgrade handler
 * is installed by its constructor, so nothing else in its setup changes.
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
