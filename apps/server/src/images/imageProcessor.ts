/**
 * Bounds the decoding work of the whole process: at most `concurrency` images are decoded at once
 * (sharp runs on libuv's threads, so the event loop stays free), at most `queue` wait, and beyond
 * that an upload is refused at once (503) rather than holding its bytes in memory.
 */
import type { NewImage } from './imageStore';
import { acceptArchivedImage, processImage } from './processImage';

export class ProcessorBusy extends Error {
  readonly retryAfterSeconds = 5;
  constructor() {
    super('the server is processing many images: try again in a few seconds');
    this.name = 'ProcessorBusy';
  }
}

export class ImageProcessor {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: { concurrency: number; queue: number; maxPixels: number }) {}

  /** Whether an upload would be refused now (checked before its body is read). */
  full(): boolean {
    return this.running >= this.options.concurrency && this.waiting.length >= this.options.queue;
  }

  async process(input: Uint8Array, archived = false): Promise<NewImage> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.queue) throw new ProcessorBusy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      const options = { maxPixels: this.options.maxPixels };
      return await (archived ? acceptArchivedImage(input, options) : processImage(input, options));
    } finally {
      // Hand the slot to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
