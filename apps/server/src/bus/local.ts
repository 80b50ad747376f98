/**
 * The bus of a server that runs alone (REDIS_URL unset): nobody else to tell, nothing to hear.
 * The relay uses it like any other bus, so there is one code path.
 */
import { randomUUID } from 'node:crypto';
import type { BoardBus } from './bus';

export function openLocalBus(): BoardBus {
  return {
    instanceId: randomUUID(),
    shared: false,
    subscribe: async () => {},
    unsubscribe: async () => {},
    publish: async () => {},
    onResync: () => {},
    close: async () => {},
  };
}
