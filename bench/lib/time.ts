/**
 * One clock for every process of a run. process.hrtime reads CLOCK_MONOTONIC, which Linux shares
 * between processes, so a timestamp taken by a writer can be subtracted from a reader's clock.
 */

/** Microseconds on the machine-wide monotonic clock (fits a double exactly). */
export function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects after `ms` with a message that names what was being waited for. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
