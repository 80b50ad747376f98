import * as Y from 'yjs';

/**
 * In-memory peers for tests: each doc's local updates are queued per destination, and the test
 * decides when (and in which order) to deliver them, to simulate latency and partitions.
 */
export class SyncedDocs {
  readonly docs: Y.Doc[];
  private readonly queues: Uint8Array[][][];

  constructor(count: number) {
    this.docs = Array.from({ length: count }, () => new Y.Doc());
    this.queues = this.docs.map(() => this.docs.map(() => []));
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return;
        this.docs.forEach((_, to) => {
          if (to !== from) this.queues[from]![to]!.push(update);
        });
      });
    });
  }

  /** Delivers what `from` has queued for `to`. */
  deliver(from: number, to: number): void {
    const queue = this.queues[from]![to]!;
    const updates = queue.splice(0, queue.length);
    for (const update of updates) Y.applyUpdate(this.docs[to]!, update, REMOTE);
  }

  /** Delivers everything queued between every pair, until nothing is pending. */
  syncAll(): void {
    for (let i = 0; i < this.docs.length; i++)
      for (let j = 0; j < this.docs.length; j++) if (i !== j) this.deliver(i, j);
  }

  get pending(): number {
    return this.queues.flat().reduce((n, q) => n + q.length, 0);
  }
}

/** The origin of updates delivered by SyncedDocs, so they are not re-queued. */
export const REMOTE = Symbol('parcours.test.remote');

/** Makes a copy of `doc` as a second peer already in sync. */
export function cloneDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), REMOTE);
  return copy;
}
