import type { BoardBus } from './bus';
import { openLocalBus } from './local';
import { openRedisBus } from './redis';

/** The bus the configuration asks for: Redis when REDIS_URL is set, else the local no-op bus. */
export function openBus(redisUrl: string | undefined, onError?: (err: unknown) => void): Promise<BoardBus> {
  if (!redisUrl) return Promise.resolve(openLocalBus());
  return openRedisBus({ url: redisUrl, ...(onError ? { onError } : {}) });
}
