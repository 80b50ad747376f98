/**
 * Memory and event-loop figures of this process, for the fuzz and leak checks (the server runs
 * in the test process there, so its heap and its event loop are ours).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full garbage collection, so RSS compares live memory rather than garbage not yet collected. */
export async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface MemoryFigures {
  /** Resident set size: what the OS sees, including freed pages V8 has not returned yet. */
  readonly rss: number;
  /** Live JavaScript objects plus buffers: what a leak makes grow. */
  readonly live: number;
}

export async function settledMemory(): Promise<MemoryFigures> {
  await collectGarbage();
  const usage = process.memoryUsage();
  return { rss: usage.rss, live: usage.heapUsed + usage.external };
}

/** Starts measuring event-loop delay; `stop()` returns the longest stall seen, in ms. */
export function watchEventLoop(): { stop(): { maxMs: number; p99Ms: number } } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return {
        maxMs: Math.round(histogram.max / 1e5) / 10,
        p99Ms: Math.round(histogram.percentile(99) / 1e5) / 10,
      };
    },
  };
}
