/**
 * Slows token guessing on the relay: each IP may fail authentication (wrong token: 4401, unknown
 * board: 4404) a few times per window; beyond that, every connection from that IP is refused
 * before its token is even looked at, so a guesser learns nothing until the window ends.
 *
 * Tokens are 192 bits, so this is not what keeps them secret; it keeps a guesser from burning
 * the server's CPU and makes a leaked-but-mistyped link fail loudly. Only failures count: a
 * workshop behind one NAT address connecting with good links is never limited.
 */

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

interface Failures {
  count: number;
  /** When the window of the first counted failure ends. */
  resetAt: number;
}

export class AuthLimiter {
  private readonly failures = new Map<string, Failures>();
  private readonly maxFailures: number;
  readonly windowMs: number;
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(options: AuthLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 20;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxTracked = options.maxTracked ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True when `ip` used up its failures for this window: refuse without checking anything. */
  blocked(ip: string): boolean {
    const entry = this.current(ip);
    return entry !== undefined && entry.count >= this.maxFailures;
  }

  recordFailure(ip: string): void {
    const entry = this.current(ip);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.failures.size >= this.maxTracked) this.sweep();
    // Still full of live entries: forget the oldest rather than grow without bound.
    if (this.failures.size >= this.maxTracked) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(ip, { count: 1, resetAt: this.now() + this.windowMs });
  }

  get tracked(): number {
    return this.failures.size;
  }

  private current(ip: string): Failures | undefined {
    const entry = this.failures.get(ip);
    if (entry && entry.resetAt <= this.now()) {
      this.failures.delete(ip);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [ip, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(ip);
  }
}
