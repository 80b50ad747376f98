import type { Limits } from '../limits/limits';
import { type JoinCodeStore, type JoinCodesOptions, MemoryJoinCodes } from './joinCodes';
import { openRedisJoinCodes } from './redisJoinCodes';

/** JOIN_CODE_TTL_MINUTES and JOIN_CODES_MAX as the stores take them. */
export function joinCodeOptions(limits: Pick<Limits, 'joinCodeTtlMinutes' | 'joinCodesMax'>): JoinCodesOptions {
  return { ttlMs: limits.joinCodeTtlMinutes * 60_000, max: limits.joinCodesMax };
}

/**
 * Where this deployment keeps its join codes: in Redis when the instances share one (REDIS_URL),
 * so that a code made on one instance resolves on all; else in this process's memory.
 */
export function openJoinCodes(redisUrl: string | undefined, options: JoinCodesOptions): Promise<JoinCodeStore> {
  if (!redisUrl) return Promise.resolve(new MemoryJoinCodes(options));
  return openRedisJoinCodes({ url: redisUrl, ...options });
}
