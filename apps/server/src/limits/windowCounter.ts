/**
 * Counts events per key (a client address) in fixed windows: the first event opens a window of
 * `windowMs`, and once `max` events are counted in it the key is blocked until it ends. Used for
 * failed token checks (relay/authLimiter.ts) and for board creation (routes/boards.ts).
 */

export interface WindowCounterOptions {
  readonly max: number;
  readonly windowMs: number;
  /** Beyond this many tracked keys, expired entries are swept (bounds memory under a spray of addresses). */
  readonly maxTracked?: number;
  readonly now?: () => number;
}

interface Window {
  count: number;
  /** When the window of the first counted event ends. */
  resetAt: number;
}

export class WindowCounter {
  private readonly windows = new Map<string, Window>();
  readonly max: number;
  readonly windowMs: number;
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(options: WindowCounterOptions) {
    this.max = options.max;
    this.windowMs = options.windowMs;
    this.maxTracked = options.maxTracked ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** True when `key` used up its events for this window. */
  blocked(key: string): boolean {
    const entry = this.current(key);
    return entry !== undefined && entry.count >= this.max;
  }

  /** Milliseconds until `key`'s window ends (0 when it has none). */
  retryAfterMs(key: string): number {
    const entry = this.current(key);
    return entry ? entry.resetAt - this.now() : 0;
  }

  record(key: string): void {
    const entry = this.current(key);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.windows.size >= this.maxTracked) this.sweep();
    // Still full of live entries: forget the oldest rather than grow without bound.
    if (this.windows.size >= this.maxTracked) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    this.windows.set(key, { count: 1, resetAt: this.now() + this.windowMs });
  }

  get tracked(): number {
    return this.windows.size;
  }

  private current(key: string): Window | undefined {
    const entry = this.windows.get(key);
    if (entry && entry.resetAt <= this.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(key);
  }
}
