/**
 * One loaded board: its Y.Doc, its connections, and the updates on their way to the store.
 *
 * Persist before relay: an update applied to the doc is queued; once per event-loop tick the
 * queue is merged into one update, appended to the store, and only then broadcast, encoded once,
 * to every connection. Replies to sync step 1 also wait until the doc is fully stored, so no
 * client ever holds an edit that a crash could take back from the server.
 *
 * Cross-instance fan-out (bus/): a stored update is published to the other instances before it
 * is broadcast here; an update from another instance (already stored by it) or read back from the
 * store is applied with the FROM_PEER origin and broadcast without being queued for storage again.
 */
import type { FastifyBaseLogger } from 'fastify';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { BoardBus, BusMessage } from '../bus/bus';
import type { BoardStore } from '../storage/store';
import { AwarenessTable } from './awareness';
import { BoardState } from './boardState';
import { CloseCode, LimitError, ProtocolError } from './errors';
import type { JoinedRoom, Peer, RoomMember } from './peer';
import { PresenceBatch } from './presenceBatch';
import { SyncReplies } from './syncReplies';
import { describeUpdate, mergeTick, type TickPart } from './tickMerge';
import {
  type AwarenessEntry,
  encodeAwareness,
  encodeSyncStep1,
  encodeUpdate,
  readAwarenessUpdate,
  writeAwarenessUpdate,
} from './wire';

/** Missing dependencies the doc may wait for before we call the sender's updates garbage. */
const MAX_PENDING_BYTES = 1024 * 1024;
/** Origin of updates that are already stored: from another instance, or read back from the store. */
const FROM_PEER = Symbol('from peer');

export interface RoomOptions {
  readonly id: string;
  /** The board's doc; absent, the board starts asleep from `encoded` (knownSnapshots.ts). */
  readonly doc?: Y.Doc;
  readonly store: BoardStore;
  readonly log: FastifyBaseLogger;
  /** Sequence number of the last stored update, and how many are stored after the snapshot. */
  readonly lastSeq: number;
  readonly logLength: number;
  /** Compact once this many updates are stored after the snapshot. */
  readonly compactAfter: number;
  /** Bytes the board takes in the store now (snapshot plus log), and the most it may take. */
  readonly storedBytes?: number;
  readonly maxBytes?: number;
  /** Fold the doc into its encoding after this long without an edit (boardState.ts); 0 never. */
  readonly sleepAfterMs?: number;
  /** An encoding of exactly `doc`'s state, when the store had one (a compacted board): served as is. */
  readonly encoded?: Uint8Array;
  /** The state vector of `encoded`, when known (a board starting asleep). */
  readonly stateVector?: Uint8Array;
  /** Called when the store failed: the room closes its connections and must be dropped. */
  readonly onBroken: (room: Room) => void;
  /** The other instances that have this board loaded (none when absent). */
  readonly bus?: BoardBus;
  /** Roots outside the board's layout that updates may write into (tests only, see AppOptions). */
  readonly scratchRoots?: ReadonlySet<string>;
  /** Called after an edit made on this instance is stored (automatic checkpoints, history/). */
  readonly onStored?: (room: Room) => void;
}

export class Room implements JoinedRoom {
  readonly id: string;
  readonly connections = new Set<RoomMember>();
  readonly awareness = new AwarenessTable();
  readonly scratchRoots: ReadonlySet<string> | undefined;
  private readonly state: BoardState;
  private readonly store: BoardStore;
  private readonly log: FastifyBaseLogger;
  private readonly compactAfter: number;
  private readonly onBroken: (room: Room) => void;
  private readonly bus: BoardBus | undefined;
  private readonly onStored: ((room: Room) => void) | undefined;
  private lastSeq: number;
  private logLength: number;
  private storedBytes: number;
  private readonly maxBytes: number;
  private queuedBytes = 0;
  private readonly replies: SyncReplies;
  private queue: Uint8Array[] = [];
  /** What each queued update holds, read from its transaction (tickMerge.ts). */
  private parts: (TickPart | null)[] = [];
  /** The connection every queued update came from, or null when they came from several. */
  private queueOrigin: Peer | null | undefined;
  private received = 0;
  private stored = 0;
  private flushScheduled = false;
  private readonly presence = new PresenceBatch((entries, from) => {
    if (this.broken) return;
    this.broadcast(encodeAwareness(entries), from);
    this.publishAwareness(entries);
  });
  private flushing: Promise<void> | null = null;
  private compactRequested = false;
  private waiters: (() => void)[] = [];
  private broken = false;

  constructor(options: RoomOptions) {
    this.id = options.id;
    this.store = options.store;
    this.log = options.log;
    this.compactAfter = options.compactAfter;
    this.onBroken = options.onBroken;
    this.bus = options.bus;
    this.onStored = options.onStored;
    this.scratchRoots = options.scratchRoots;
    this.lastSeq = options.lastSeq;
    this.logLength = options.logLength;
    this.storedBytes = options.storedBytes ?? 0;
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.state = new BoardState(
      options.doc ?? null,
      { sleepAfterMs: options.sleepAfterMs ?? 0, onUpdate: this.onDocUpdate, canSleep: () => this.idle },
      options.encoded,
      options.stateVector,
    );
    this.replies = new SyncReplies(this.state);
  }

  /** The board's live doc (rebuilt if it was asleep: only writers and REST reads need it). */
  get doc(): Y.Doc {
    return this.state.doc;
  }

  /** True when the board is held only as its encoded state (boardState.ts). */
  get asleep(): boolean {
    return this.state.asleep;
  }

  /** True when nothing is queued or being written (or nothing ever will be: the store failed). */
  get idle(): boolean {
    if (this.broken) return true;
    // A scheduled flush with nothing queued has nothing to do: it does not count.
    return this.queue.length === 0 && this.flushing === null && !this.compactRequested;
  }

  get storedUpdatesSinceSnapshot(): number {
    return this.logLength;
  }

  /** The stored snapshot when the store holds nothing after it (compacted, idle): what it is and up to where. */
  storedSnapshot(): { lastSeq: number; snapshot: Uint8Array; stateVector: Uint8Array } | null {
    if (this.broken || this.logLength > 0 || !this.idle) return null;
    return { lastSeq: this.lastSeq, snapshot: this.state.full(), stateVector: this.state.stateVector() };
  }

  join(conn: RoomMember): void {
    this.connections.add(conn);
    // Viewers are not asked for their state: whatever they would send back is dropped anyway.
    if (conn.canEdit) conn.send(encodeSyncStep1(this.state.stateVector()));
    const present = this.awareness.present();
    if (present.length > 0) conn.send(encodeAwareness(present));
    conn.attach(this);
  }

  leave(conn: RoomMember): void {
    if (!this.connections.delete(conn)) return;
    const gone = this.awareness.remove(conn.clientIds);
    this.presence.forget(conn.clientIds);
    conn.clientIds.clear();
    if (gone.length > 0) this.broadcast(encodeAwareness(gone), null);
    if (gone.length > 0) this.publishAwareness(gone);
  }

  /**
   * Applies an editor's update. Whatever Yjs integrates reaches the queue through the doc's
   * 'update' event, even when it throws halfway, so the store always matches the doc.
   */
  applyClientUpdate(update: Uint8Array, conn: Peer): void {
    if (this.storedBytes + this.queuedBytes + update.byteLength > this.maxBytes) {
      // The log may shrink when folded into the snapshot; the client learns the board is full.
      this.requestCompaction();
      throw new LimitError(CloseCode.boardFull, 'board is full');
    }
    // Structs waiting for their dependencies may be integrated by this update too; then it
    // carries someone else's edits and goes back to its sender as well (origin null).
    const doc = this.doc;
    const hadPending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    try {
      Y.applyUpdate(doc, update, hadPending ? null : conn);
    } catch (err) {
      throw new ProtocolError('update rejected by Yjs', { cause: err });
    }
    const pending = doc.store.pendingStructs;
    const pendingBytes = (pending?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
    if (pendingBytes > MAX_PENDING_BYTES) {
      // Structs whose dependencies never came: an honest client sends those dependencies first.
      doc.store.pendingStructs = null;
      doc.store.pendingDs = null;
      throw new ProtocolError('too many updates with missing dependencies');
    }
  }

  /** Presence is relayed once per event-loop tick (presenceBatch.ts). */
  relayAwareness(entries: readonly AwarenessEntry[], from: Peer): void {
    this.awareness.apply(entries);
    this.presence.add(entries, from);
  }

  /** A message from another instance that has this board loaded. */
  receiveFromPeer(message: BusMessage): void {
    if (this.broken) return;
    if (message.kind === 'update') {
      this.applyStoredUpdate(message.update);
      return;
    }
    const entries = readAwarenessUpdate(message.awareness);
    if (entries === null || entries.length === 0) return;
    this.awareness.apply(entries);
    this.broadcast(encodeAwareness(entries), null);
  }

  /**
   * Applies everything the store holds for this board (what other instances appended, including
   * what the bus may have dropped) and returns the sequence number the doc now holds everything up to.
   */
  async catchUp(): Promise<number> {
    const stored = await this.store.load(this.id);
    if (!stored || this.broken) return this.lastSeq;
    if (stored.snapshot) this.applyStoredUpdate(stored.snapshot);
    for (const update of stored.updates) this.applyStoredUpdate(update);
    this.lastSeq = Math.max(this.lastSeq, stored.lastSeq);
    return stored.lastSeq;
  }

  /** The whole board as one update, without waking an idle board (exports). */
  encoded(): Uint8Array {
    return this.state.full();
  }

  /** Sync step 2 for a client's state vector: a shared frame, without waking an idle board (syncReplies.ts). */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    return this.replies.reply(stateVector);
  }

  /** Runs `callback` once every update applied to the doc so far is stored. */
  whenDurable(callback: () => void): void {
    if (this.received === this.stored) callback();
    else this.waiters.push(callback);
  }

  broadcast(message: Uint8Array, except: Peer | null): void {
    for (const conn of this.connections) if (conn !== except) conn.send(message);
  }

  /** Folds the stored log into a snapshot at the next flush. */
  requestCompaction(): void {
    if (this.logLength === 0 || this.broken) return;
    this.compactRequested = true;
    this.scheduleFlush();
  }

  /** Stores (and broadcasts) everything queued so far; resolves when done. */
  flush(): Promise<void> {
    if (this.broken) return Promise.resolve();
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
      if (this.queue.length > 0 || this.compactRequested) this.scheduleFlush();
    });
    return this.flushing;
  }

  destroy(): void {
    this.state.destroy();
    this.waiters = [];
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown, transaction: Y.Transaction): void => {
    this.replies.clear();
    if (this.broken) return;
    if (origin === FROM_PEER) {
      this.storedBytes += update.byteLength; // stored by another instance
      this.broadcast(encodeUpdate(update), null);
      return;
    }
    this.received++;
    this.queuedBytes += update.byteLength;
    this.queue.push(update);
    this.parts.push(describeUpdate(update, transaction));
    const from = (origin as Peer | null) ?? null;
    this.queueOrigin = this.queue.length === 1 || this.queueOrigin === from ? from : null;
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.broken) {
      const updates = this.queue;
      const parts = this.parts;
      const origin = this.queueOrigin ?? null;
      this.queue = [];
      this.parts = [];
      this.queueOrigin = undefined;
      for (const queued of updates) this.queuedBytes -= queued.byteLength;
      // One merged update: one row, one frame per client, however many edits the tick held.
      const update = mergeTick(updates, parts);
      try {
        this.lastSeq = await this.store.append(this.id, [update]);
      } catch (err) {
        this.fail(err);
        return;
      }
      this.logLength++;
      this.storedBytes += update.byteLength;
      this.stored += updates.length;
      // Other instances first: once any client has an edit, it is on its way to all of them.
      this.bus?.publish(this.id, { kind: 'update', update }).catch((err) => this.logPublishFailure(err));
      // The sender already has its own edit; everyone else gets the same bytes.
      this.broadcast(encodeUpdate(update), origin);
      if (this.received === this.stored) for (const waiter of this.waiters.splice(0)) waiter();
      this.onStored?.(this);
    }
    if (!this.broken && (this.compactRequested || this.logLength >= this.compactAfter)) await this.compact();
  }

  private async compact(): Promise<void> {
    this.compactRequested = false;
    if (this.logLength === 0) return;
    const logLength = this.logLength;
    try {
      // The doc holds every stored update up to lastSeq (and maybe newer queued ones: a superset is
      // fine), unless other instances append too: then read what they stored first.
      const upToSeq = this.bus?.shared ? await this.catchUp() : this.lastSeq;
      const snapshot = this.state.full();
      await this.store.compact(this.id, snapshot, upToSeq);
      this.logLength -= logLength;
      // Nothing is appended while compacting (one flush at a time): the board is now its snapshot.
      this.storedBytes = snapshot.byteLength;
    } catch (err) {
      this.log.error({ err, boardId: this.id }, 'compaction failed; the update log is kept');
    }
  }

  /**
   * Applies an update that is already stored. When structs were waiting for their dependencies,
   * this update may integrate them: those came from a client and are not stored yet, so the
   * result is queued for storage like a client's update.
   */
  private applyStoredUpdate(update: Uint8Array): void {
    const doc = this.doc;
    const hadPending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    Y.applyUpdate(doc, update, hadPending ? null : FROM_PEER);
  }

  private publishAwareness(entries: readonly AwarenessEntry[]): void {
    if (!this.bus?.shared) return;
    const encoder = encoding.createEncoder();
    writeAwarenessUpdate(encoder, entries);
    const awareness = encoding.toUint8Array(encoder);
    this.bus.publish(this.id, { kind: 'awareness', awareness }).catch((err) => this.logPublishFailure(err));
  }

  private logPublishFailure(err: unknown): void {
    // Stored already: other instances get it from the store when the bus comes back (resync).
    this.log.warn({ err, boardId: this.id }, 'could not publish to the other instances');
  }

  private fail(err: unknown): void {
    this.broken = true;
    this.log.error({ err, boardId: this.id }, 'storing an update failed; closing the board so clients resync');
    // Clients keep their edits and send them again when they reconnect to a fresh copy.
    for (const conn of this.connections) conn.close(CloseCode.internalError, 'storage failure');
    this.waiters = [];
    this.onBroken(this);
  }
}
