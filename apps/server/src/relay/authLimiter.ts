/**
 * Slows token guessing over HTTP and the relay: each IP may fail authentication (wrong token: 401
 * or 4401, unknown board: 404 or 4404) a few times per window; beyond that, its failing attempts
 * are refused (429 or 4429) without saying whether the board exists, until the window ends.
 *
 * The token is always checked first (in constant time, tokens.ts): a right token is let in whatever
 * the count of its address. A workshop behind one NAT address where one participant mistyped a link
 * twenty times is not locked out; only more failures are refused. Tokens are 192 bits, so this is
 * not what keeps them secret: it keeps a guesser from enumerating boards and makes a leaked-but-
 * mistyped link fail loudly.
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

  /** True when `ip` used up its failures for this window: its next failure is refused (429/4429), not explained. */
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
