/**
 * Slows token guessing on the relay: each IP may fail authentication (wrong token: 4401, unknown
 * board: 4404) a few times per window; beyond that, every connection from that IP is refused
 * before its token is even looked at, so a guesser learns nothing until the window ends.
 *
 * Tokens are 192 bits, so this is not what keeps them secret; it keeps a guesser from burning
 * the server's CPU and makes a leaked-but-mistyped link fail loudly. Only failures count: a
 * workshop behind one NAT address connecting with good links is never limited.
 */

import { WindowCounter } from '../limits/windowCounter';

/** Close code for a refused attempt; 44xx also tells the stock client not to retry. */
export const TOO_MANY_FAILURES = 4429;

export interface AuthLimiterOptions {
  /** Failed attempts allowed per IP and window. */
  readonly maxFailures?: number;
  readonly windowMs?: number;
  /** Beyond this many tracked IPs, expired entries are swept (bounds memory under a spray of addresses). */
  readonly maxTracked?: number;
  readonly now?: () => number;
}

/** Failed attempts per IP in fixed windows (the counting is limits/windowCounter.ts). */
export class AuthLimiter {
  private readonly failures: WindowCounter;
  readonly windowMs: number;

  constructor(options: AuthLimiterOptions = {}) {
    this.failures = new WindowCounter({
      max: options.maxFailures ?? 20,
      windowMs: options.windowMs ?? 60_000,
      ...(options.maxTracked !== undefined ? { maxTracked: options.maxTracked } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    this.windowMs = this.failures.windowMs;
  }

  /** True when `ip` used up its failures for this window: refuse without checking anything. */
  blocked(ip: string): boolean {
    return this.failures.blocked(ip);
  }

  recordFailure(ip: string): void {
    this.failures.record(ip);
  }

  get tracked(): number {
    return this.failures.tracked;
  }
}
