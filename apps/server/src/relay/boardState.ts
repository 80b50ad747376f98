/**
 * A loaded board's Yjs state: a live Y.Doc while it is in use, folded into one encoded update
 * once nobody has edited it for a while.
 *
 * A Y.Doc of a 500-card board takes about 2.7 MB of heap; its encoded state about 150 KB. Most
 * loaded boards are idle most of the time (a workshop's participants read, talk, then edit in
 * bursts), so an idle board keeps only its encoding. Everything a reader needs is answered from
 * the encoding without waking the doc: the state vector for sync step 1, the diff for a client's
 * state vector (sync step 2, `Y.diffUpdate`), the snapshot to compact. The next edit (or a REST
 * read) rebuilds the doc from it, which costs one `Y.applyUpdate` (a few ms for 500 cards).
 *
 * The full encoding is also kept while the doc is live and unchanged, so clients joining a board
 * together (the start of a workshop) share one encoding instead of one `encodeStateAsUpdate` each.
 */
import * as Y from 'yjs';

/** The doc's 'update' event, with the transaction that made the update (tickMerge.ts reads it). */
export type UpdateListener = (update: Uint8Array, origin: unknown, transaction: Y.Transaction) => void;

export interface BoardStateOptions {
  /** Fold the doc into its encoding after this long without use; 0 never does. */
  readonly sleepAfterMs: number;
  /** Called with every update of the live doc (re-attached to each rebuilt doc). */
  readonly onUpdate: UpdateListener;
  /** Asked before sleeping: false while updates are still on their way to the store. */
  readonly canSleep: () => boolean;
}

export class BoardState {
  private live: Y.Doc | null;
  /** The whole state as one update: the truth while asleep, a cache while live. */
  private encoded: Uint8Array | null = null;
  private vector: Uint8Array | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly options: BoardStateOptions;
  private destroyed = false;

  /**
   * `encoded`, when given, is an encoding of exactly `doc`'s state (the stored snapshot it was built
   * from). Without a doc the board starts asleep: `encoded` is then required, and `vector`, its
   * state vector, saves decoding it (knownSnapshots.ts).
   */
  constructor(doc: Y.Doc | null, options: BoardStateOptions, encoded?: Uint8Array, vector?: Uint8Array) {
    this.live = doc;
    this.options = options;
    this.encoded = encoded ?? null;
    if (!doc) {
      if (!this.encoded) throw new Error('a board that starts asleep needs its encoded state');
      this.vector = vector ?? null;
      return;
    }
    doc.on('update', this.onUpdate);
    this.touch();
  }

  /** True when only the encoding is in memory. */
  get asleep(): boolean {
    return this.live === null;
  }

  /** The live doc, rebuilt from the encoding if the board was asleep. */
  get doc(): Y.Doc {
    this.touch();
    if (this.live) return this.live;
    const doc = new Y.Doc({ gc: true });
    Y.applyUpdate(doc, this.encoded!);
    doc.on('update', this.onUpdate);
    this.live = doc;
    return doc;
  }

  /** The state vector (sync step 1), without waking the doc. */
  stateVector(): Uint8Array {
    if (this.vector) return this.vector;
    this.vector = this.live ? Y.encodeStateVector(this.live) : Y.encodeStateVectorFromUpdate(this.encoded!);
    return this.vector;
  }

  /** The whole state as one update (compaction, fresh clients), without waking the doc. */
  full(): Uint8Array {
    this.encoded ??= Y.encodeStateAsUpdate(this.live!);
    return this.encoded;
  }

  /**
   * What a client with `stateVector` is missing (sync step 2), without waking the doc. A client
   * that has nothing of this board (an empty vector, or only clients the board does not know)
   * gets the shared full encoding, not an encoding of its own.
   */
  diff(stateVector: Uint8Array): Uint8Array {
    if (isEmptyStateVector(stateVector) || !this.overlaps(stateVector)) return this.full();
    if (this.live) return Y.encodeStateAsUpdate(this.live, stateVector);
    return Y.diffUpdate(this.encoded!, stateVector);
  }

  /** True when `encoding` is this board's full encoding, the one every fresh client shares. */
  isFull(encoding: Uint8Array): boolean {
    return encoding === this.encoded;
  }

  /** True when the client of `stateVector` has some of this board's content. */
  private overlaps(stateVector: Uint8Array): boolean {
    const theirs = Y.decodeStateVector(stateVector);
    const ours = Y.decodeStateVector(this.stateVector());
    for (const [client, clock] of theirs) if (clock > 0 && ours.has(client)) return true;
    return false;
  }

  /**
   * Folds the live doc into its encoding. Refused (false) while the doc holds structs waiting
   * for their dependencies: those are not in the encoding and must not be lost.
   */
  sleep(): boolean {
    const doc = this.live;
    if (!doc) return true;
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return false;
    this.full();
    this.stateVector();
    doc.off('update', this.onUpdate);
    doc.destroy();
    this.live = null;
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.live?.off('update', this.onUpdate);
    this.live?.destroy();
    this.live = null;
    this.encoded = null;
    this.vector = null;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    this.encoded = null;
    this.vector = null;
    this.options.onUpdate(update, origin, transaction);
  };

  /** Restarts the idle countdown. */
  private touch(): void {
    if (this.options.sleepAfterMs <= 0 || this.destroyed) return;
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(this.onIdle, this.options.sleepAfterMs);
    this.timer.unref();
  }

  private readonly onIdle = (): void => {
    this.timer = null;
    if (this.destroyed || !this.live) return;
    // Still storing, or waiting for missing structs: try again after another idle period.
    if (!this.options.canSleep() || !this.sleep()) this.touch();
  };
}

/** A state vector with no client in it: a fresh client, which needs everything. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}
