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

  /** True when `ip` used up its failures for this window: its next failure is refused (429/4429), not explained. */
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
