/**
 * Memory and event-loop figures of this process, for the fuzz and leak checks (the server runs
 * in the test process there, so its heap and its event loop are ours).
 */
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

export interface LoopStalls {
  /** The longest stall this process's own work caused, in ms (see watchEventLoop). */
  readonly maxMs: number;
  readonly p99Ms: number;
  /** The longest wall-clock gap between two ticks, whatever caused it (a loaded machine too). */
  readonly wallMaxMs: number;
}

const TICK_MS = 10;

/**
 * Starts measuring event-loop stalls; `stop()` returns them. A timer ticks every 10 ms; a late
 * tick is a stall of (gap - 10 ms), counted only as far as this process used the CPU meanwhile:
 * work on the loop burns CPU for as long as it blocks, while a process the OS did not schedule
 * (a loaded 2-core machine) burns none. So the figure is the stall our code caused, and a test's
 * bound on it holds however busy the machine is. (CPU time counts every thread of the process:
 * the figure can only err on the high side.)
 */
export function watchEventLoop(): { stop(): LoopStalls; excluding<T>(work: () => T): T } {
  const stalls: number[] = [];
  let wallMax = 0;
  let lastAt = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const wallMs = now - lastAt - TICK_MS;
    const cpuMs = (cpu.user + cpu.system) / 1000 - TICK_MS;
    lastAt = now;
    lastCpu = process.cpuUsage();
    wallMax = Math.max(wallMax, wallMs);
    stalls.push(Math.max(0, Math.min(wallMs, cpuMs)));
  }, TICK_MS);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    /** Runs the test's own work (e.g. generating input) without counting it as the server's stall. */
    excluding(work) {
      try {
        return work();
      } finally {
        lastAt = performance.now();
        lastCpu = process.cpuUsage();
      }
    },
    stop() {
      clearInterval(timer);
      const sorted = stalls.sort((a, b) => a - b);
      return {
        maxMs: round(sorted[sorted.length - 1] ?? 0),
        p99Ms: round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
        wallMaxMs: round(wallMax),
      };
    },
  };
}
