/**
 * Exports off the event loop: a few worker threads (exportWorker.ts) build the JSON and draw the
 * PNGs while the relay keeps answering. Each export holds a place from the moment it is admitted until its reply;
 * places are bounded per board and per address (429) and in total (503), so a burst of exports
 * costs a bounded queue, not the server's memory or every other board's latency. A render that
 * runs too long is stopped with its worker (503).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportJob, ExportResult } from './exportJob';
import type { WorkerReply, WorkerRequest } from './exportWorker';

export interface ExportLimits {
  /** Worker threads; default one less than the cores, at least one. */
  readonly workers: number;
  /** Exports admitted beyond those being rendered (waiting for a worker). */
  readonly queue: number;
  /** Exports of one board admitted at once (rendering or waiting). */
  readonly perBoard: number;
  /** Exports from one client address admitted at once. */
  readonly perAddress: number;
  /** A render still running after this long is stopped. */
  readonly timeoutMs: number;
  /** Width x height of an exported image, in device pixels: the pixel ratio is lowered to fit. */
  readonly maxPixels: number;
  /** Cards of a journey exported as PDF; a larger one is refused (400). */
  readonly pdfMaxCards: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  workers: Math.max(1, availableParallelism() - 1),
  queue: 8,
  perBoard: 2,
  perAddress: 2,
  timeoutMs: 30_000,
  maxPixels: 32_000_000,
  pdfMaxCards: 10_000,
};

/** An export refused before it started: 429 (this board or address has enough) or 503 (server busy). */
export class ExportRefused extends Error {
  override readonly name = 'ExportRefused';
  constructor(
    message: string,
    readonly statusCode: 429 | 503,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

interface Pending {
  readonly id: number;
  readonly job: ExportJob;
  resolve(result: ExportResult): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker | null;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

// Bundled (apps/server/build.mjs), the worker is dist/exportWorker.js beside dist/main.js; from the
// TypeScript sources (vitest, `pnpm dev`), a boot file starts it under tsx.
const BOOT = import.meta.url.endsWith('.ts')
  ? new URL('./exportWorker.boot.mjs', import.meta.url)
  : new URL('./exportWorker.js', import.meta.url);
/** JS heap of one worker; the canvas's native pixels come on top (bounded by maxPixels). */
const WORKER_HEAP_MB = 1_024;

export class ExportPool {
  readonly limits: ExportLimits;
  private readonly slots: Slot[];
  private readonly waiting: Pending[] = [];
  private readonly perBoard = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private admitted = 0;
  private nextId = 1;
  /** Recent render time, for Retry-After. */
  private averageMs = 2_000;
  private closed = false;

  constructor(limits: Partial<ExportLimits> = {}) {
    this.limits = { ...DEFAULT_EXPORT_LIMITS, ...limits };
    this.slots = Array.from({ length: Math.max(1, this.limits.workers) }, () => ({
      worker: null,
      current: null,
      timer: null,
    }));
  }

  /**
   * Runs `load` (which reads the board: null when there is none) and the job it gives in a worker, once
   * this board and address may have one more export and the queue has room; throws ExportRefused
   * otherwise, before `load` runs.
   */
  async run(
    key: { boardId: string; address: string },
    load: () => Promise<ExportJob | null>,
  ): Promise<ExportResult | null> {
    this.admit(key);
    try {
      const job = await load();
      if (!job) return null;
      return await this.enqueue(job);
    } finally {
      this.release(key);
    }
  }

  /** Stops every worker; exports still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new Error('server shutting down'));
    await Promise.all(this.slots.map((slot) => this.stop(slot, new Error('server shutting down'))));
  }

  private admit({ boardId, address }: { boardId: string; address: string }): void {
    const { perBoard, perAddress, queue } = this.limits;
    if (this.closed) throw new ExportRefused('server shutting down', 503, 5);
    if ((this.perBoard.get(boardId) ?? 0) >= perBoard) {
      throw new ExportRefused(`at most ${perBoard} exports of a board at once`, 429, this.retryAfter());
    }
    if ((this.perAddress.get(address) ?? 0) >= perAddress) {
      throw new ExportRefused(`at most ${perAddress} exports at once from one address`, 429, this.retryAfter());
    }
    if (this.admitted >= this.slots.length + queue) {
      throw new ExportRefused('too many exports in progress', 503, this.retryAfter());
    }
    this.admitted++;
    this.perBoard.set(boardId, (this.perBoard.get(boardId) ?? 0) + 1);
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
  }

  private release({ boardId, address }: { boardId: string; address: string }): void {
    this.admitted--;
    decrement(this.perBoard, boardId);
    decrement(this.perAddress, address);
  }

  /** Seconds until a place is likely free: the exports ahead, at the recent pace. */
  private retryAfter(): number {
    const rounds = Math.ceil(this.admitted / this.slots.length);
    return Math.min(60, Math.max(1, Math.ceil((rounds * this.averageMs) / 1000)));
  }

  private enqueue(job: ExportJob): Promise<ExportResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closed || this.waiting.length === 0) return;
      if (slot.current) continue;
      const pending = this.waiting.shift()!;
      const startedAt = performance.now();
      slot.current = {
        ...pending,
        resolve: (result) => {
          this.averageMs = 0.7 * this.averageMs + 0.3 * (performance.now() - startedAt);
          pending.resolve(result);
        },
      };
      slot.timer = setTimeout(() => {
        void this.stop(slot, new ExportRefused('the export took too long', 503, 60));
      }, this.limits.timeoutMs);
      if (!slot.worker) slot.worker = this.spawn(slot);
      const request: WorkerRequest = { id: pending.id, job: pending.job };
      slot.worker.postMessage(request);
    }
  }

  private spawn(slot: Slot): Worker {
    // A board too big for this heap kills its worker (a failed export), never the server.
    const worker = new Worker(BOOT, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // None of the parent's Node flags: its boot file registers tsx itself, a preload meant for the
      // main thread (the bench's probe, in .ts) fails in a worker before that, and process-wide
      // flags (--expose-gc) are refused in a worker's execArgv.
      execArgv: [],
    });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.current;
      if (!pending || pending.id !== reply.id) return;
      this.settle(slot);
      if ('result' in reply) pending.resolve(reply.result);
      else pending.reject(new Error(`export failed: ${reply.failure}`));
      this.dispatch();
    });
    worker.on('error', (err) => {
      if (slot.worker === worker) void this.stop(slot, err);
    });
    worker.on('exit', () => {
      if (slot.worker === worker) void this.stop(slot, new Error('export worker exited'));
    });
    return worker;
  }

  /** Ends the slot's current export with `err` and its worker; a new one starts for the next export. */
  private async stop(slot: Slot, err: Error): Promise<void> {
    const pending = slot.current;
    const worker = slot.worker;
    this.settle(slot);
    slot.worker = null;
    pending?.reject(err);
    if (worker) await worker.terminate();
    this.dispatch();
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left === 0) counts.delete(key);
  else counts.set(key, left);
}
