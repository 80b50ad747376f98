/**
 * The loaded boards of this process. A board is loaded once, on its first connection (concurrent
 * first connections share the load), migrated, and unloaded after its last connection leaves and
 * everything it received is stored and compacted. Also owns the timers every room shares: the
 * heartbeat and the periodic compaction.
 */

import { findMalformed, migrate, migrateForReading } from '@parcours/journey';
import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import type { BoardBus, BusMessage } from '../bus/bus';
import { openLocalBus } from '../bus/local';
import type { BoardStore, StoredBoard } from '../storage/store';
import type { Connection } from './connection';
import { CloseCode } from './errors';
import { KnownSnapshots } from './knownSnapshots';
import { Room } from './room';

export interface RoomsOptions {
  readonly store: BoardStore;
  readonly log: FastifyBaseLogger;
  /** Ping every connection this often; drop those that did not answer the previous ping. */
  readonly heartbeatMs?: number;
  /** Fold every loaded board's update log into its snapshot this often. */
  readonly compactEveryMs?: number;
  /** Also compact a board as soon as this many updates are stored after its snapshot. */
  readonly compactAfter?: number;
  /** The other instances of this deployment (bus/); a server alone when absent. */
  readonly bus?: BoardBus;
  /** An idle loaded board keeps only its encoded state after this long (boardState.ts); 0 never. */
  readonly sleepAfterMs?: number;
  /** Bytes a board may take in the store; past it, updates are refused (room.ts). */
  readonly boardMaxBytes?: number;
  /** Roots outside the board's layout that updates may write into (tests only, see AppOptions). */
  readonly scratchRoots?: ReadonlySet<string>;
  /** Told when a board's edit is stored and when its last client left (history/checkpointer.ts). */
  readonly history?: RoomsHistory;
}

export interface RoomsHistory {
  edited(room: Room): void;
  /** Everything is stored; the room unloads after this resolves (unless someone joined). */
  left(room: Room): Promise<void>;
}

export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | null>>();
  private readonly unloading = new Set<Room>();
  private readonly connections = new Set<Connection>();
  private readonly timers: NodeJS.Timeout[];
  private readonly store: BoardStore;
  private readonly log: FastifyBaseLogger;
  private readonly compactAfter: number;
  private readonly sleepAfterMs: number;
  private readonly boardMaxBytes: number;
  private readonly bus: BoardBus;
  private readonly scratchRoots: ReadonlySet<string> | undefined;
  private readonly snapshots = new KnownSnapshots();
  private readonly history: RoomsHistory | undefined;
  /** Rooms a server-side write (a restore) is using: not unloaded meanwhile. */
  private readonly inUse = new Map<Room, number>();
  private closing = false;

  constructor(options: RoomsOptions) {
    this.store = options.store;
    this.log = options.log;
    this.scratchRoots = options.scratchRoots;
    this.history = options.history;
    this.compactAfter = options.compactAfter ?? 500;
    this.sleepAfterMs = options.sleepAfterMs ?? 10_000;
    this.boardMaxBytes = options.boardMaxBytes ?? Number.POSITIVE_INFINITY;
    this.bus = options.bus ?? openLocalBus();
    // Messages may have been lost while the bus was away: read what the others stored.
    this.bus.onResync(() => {
      for (const room of this.rooms.values()) {
        room.catchUp().catch((err) => this.log.error({ err, boardId: room.id }, 'could not catch up after a resync'));
      }
    });
    this.timers = [
      setInterval(() => this.heartbeat(), options.heartbeatMs ?? 30_000).unref(),
      setInterval(() => this.compactAll(), options.compactEveryMs ?? 60_000).unref(),
    ];
  }

  get stats(): { boards: number; asleep: number; connections: number } {
    let asleep = 0;
    for (const room of this.rooms.values()) if (room.asleep) asleep++;
    return { boards: this.rooms.size, asleep, connections: this.connections.size };
  }

  /** The live room of a loaded board, if any: reads should see its latest edits. */
  loaded(boardId: string): Room | undefined {
    return this.rooms.get(boardId);
  }

  /**
   * Runs `read` on the board's doc: the live one when loaded (latest edits included), else a
   * throwaway copy built from the store. Null when there is no such board.
   */
  async read<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T | null> {
    const room = this.rooms.get(boardId);
    if (room) return read(room.doc);
    const stored = await this.store.load(boardId);
    if (!stored) return null;
    const doc = toDoc(stored);
    try {
      // In memory only: the stored board is migrated when it is next opened for editing.
      migrateForReading(doc);
      this.logMalformed(boardId, doc);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * A board this process just stored from a doc (a new or imported board): its first load serves
   * that snapshot as is, without building a doc (knownSnapshots.ts).
   */
  rememberNewBoard(boardId: string, snapshot: Uint8Array, stateVector: Uint8Array): void {
    this.snapshots.remember(boardId, 0, snapshot, stateVector);
  }

  /** The board's stored snapshot is about to be replaced other than by its room (e.g. a restore): load it the slow way. */
  forgetSnapshot(boardId: string): void {
    this.snapshots.forget(boardId);
  }

  /**
   * Runs `work` on the board's live room, loading the board when nobody has it open, so what it
   * writes goes through the room like a client's edit: stored, then relayed to every connection
   * and every instance. The room is not unloaded while `work` runs. Null when there is no such board.
   */
  async use<T>(boardId: string, work: (room: Room) => Promise<T>): Promise<T | null> {
    if (this.closing) throw new Error('server shutting down');
    let room = await this.acquire(boardId);
    while (room && this.rooms.get(boardId) !== room && !this.closing) room = await this.acquire(boardId);
    if (!room) return null;
    this.inUse.set(room, (this.inUse.get(room) ?? 0) + 1);
    try {
      return await work(room);
    } finally {
      const left = (this.inUse.get(room) ?? 1) - 1;
      if (left > 0) this.inUse.set(room, left);
      else this.inUse.delete(room);
      if (left === 0 && room.connections.size === 0) void this.unloadWhenIdle(room);
    }
  }

  /** Puts an authorised connection in its board's room, loading the board if needed. */
  async join(boardId: string, conn: Connection): Promise<void> {
    if (this.closing) return conn.close(CloseCode.goingAway, 'server shutting down');
    this.connections.add(conn);
    let joined: Room | null = null;
    conn.onClose(() => {
      this.connections.delete(conn);
      if (!joined) return;
      joined.leave(conn);
      if (joined.connections.size === 0) void this.unloadWhenIdle(joined);
    });
    let room = await this.acquire(boardId);
    // The room may have been unloaded between its promise resolving and this line: load it again.
    while (room && this.rooms.get(boardId) !== room && !this.closing) room = await this.acquire(boardId);
    if (!room) return conn.close(CloseCode.notFound, 'board not found');
    if (conn.closed) {
      if (room.connections.size === 0) void this.unloadWhenIdle(room);
      return;
    }
    room.join(conn);
    joined = room;
  }

  /** Stores everything, says goodbye to every client and unloads every board. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled(this.loading.values());
    for (const conn of this.connections) conn.close(CloseCode.goingAway, 'server shutting down');
    await Promise.allSettled([...this.rooms.values()].map((room) => this.settle(room)));
    for (const room of this.rooms.values()) {
      room.destroy();
      this.unsubscribe(room.id);
    }
    this.rooms.clear();
  }

  /** Records stored before every update was checked (issue 12) are skipped by readers: say so once per load. */
  private logMalformed(boardId: string, doc: Y.Doc): void {
    const malformed = findMalformed(doc);
    if (malformed.length > 0)
      this.log.warn({ boardId, malformed }, 'the board holds malformed records; readers skip them');
  }

  private acquire(boardId: string): Promise<Room | null> {
    const room = this.rooms.get(boardId);
    if (room) return Promise.resolve(room);
    let loading = this.loading.get(boardId);
    if (!loading) {
      loading = this.load(boardId).finally(() => this.loading.delete(boardId));
      this.loading.set(boardId, loading);
    }
    return loading;
  }

  private async load(boardId: string): Promise<Room | null> {
    // Subscribe before reading the store, and keep what arrives meanwhile: an update published
    // between the read and the subscription would otherwise reach neither.
    let room: Room | undefined;
    const early: BusMessage[] = [];
    await this.bus.subscribe(boardId, (message) => (room ? room.receiveFromPeer(message) : early.push(message)));
    try {
      room = await this.loadRoom(boardId);
    } catch (err) {
      void this.bus.unsubscribe(boardId).catch(() => {});
      throw err;
    }
    if (!room) {
      void this.bus.unsubscribe(boardId).catch(() => {});
      return null;
    }
    for (const message of early.splice(0)) room.receiveFromPeer(message);
    return room;
  }

  private async loadRoom(boardId: string): Promise<Room | undefined> {
    const stored = await this.store.load(boardId);
    if (!stored) return undefined;
    const stateVector = this.snapshots.stateVectorOf(boardId, stored);
    if (stateVector && stored.snapshot) return this.addRoom(boardId, stored.snapshot, stored.lastSeq, stateVector);
    const doc = toDoc(stored);
    this.logMalformed(boardId, doc);
    // A migration writes with this server's client id: store its result before anyone sees it,
    // or every load would produce different (conflicting) migration edits.
    const migrated: Uint8Array[] = [];
    const collect = (update: Uint8Array) => migrated.push(update);
    doc.on('update', collect);
    try {
      migrate(doc);
    } catch (err) {
      doc.destroy();
      throw err;
    } finally {
      doc.off('update', collect);
    }
    let lastSeq = stored.lastSeq;
    let logLength = stored.updates.length;
    let storedBytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    if (migrated.length > 0) {
      const update = Y.mergeUpdates(migrated);
      lastSeq = await this.store.append(boardId, [update]);
      logLength++;
      storedBytes += update.byteLength;
    }
    const room = new Room({
      ...this.roomOptions(boardId),
      doc,
      lastSeq,
      logLength,
      storedBytes,
      // A compacted, unmigrated board is its snapshot: the first joiners get those bytes, not a re-encoding.
      ...(stored.snapshot && stored.updates.length === 0 && migrated.length === 0 ? { encoded: stored.snapshot } : {}),
    });
    this.rooms.set(boardId, room);
    // A long log means the last run did not get to compact (it crashed): do it now.
    if (logLength >= this.compactAfter) room.requestCompaction();
    return room;
  }

  /** A compacted board this process wrote, asleep from its snapshot: no doc until the first edit. */
  private addRoom(boardId: string, snapshot: Uint8Array, lastSeq: number, stateVector: Uint8Array): Room {
    const room = new Room({
      ...this.roomOptions(boardId),
      encoded: snapshot,
      stateVector,
      lastSeq,
      logLength: 0,
      storedBytes: snapshot.byteLength,
    });
    this.rooms.set(boardId, room);
    return room;
  }

  /**
   * What every room of this process is given, however it was loaded (from its doc or asleep from a
   * snapshot): one place, so that a hook added here reaches both (the checkpointer once missed one).
   */
  private roomOptions(boardId: string) {
    return {
      id: boardId,
      store: this.store,
      log: this.log,
      compactAfter: this.compactAfter,
      sleepAfterMs: this.sleepAfterMs,
      maxBytes: this.boardMaxBytes,
      onBroken: (broken: Room) => this.drop(broken),
      bus: this.bus,
      ...(this.history ? { onStored: (stored: Room) => this.history?.edited(stored) } : {}),
      ...(this.scratchRoots ? { scratchRoots: this.scratchRoots } : {}),
    };
  }

  /** Flushes and compacts; the room stays usable meanwhile. */
  private async settle(room: Room): Promise<void> {
    room.requestCompaction();
    do await room.flush();
    while (!room.idle);
  }

  private async unloadWhenIdle(room: Room): Promise<void> {
    if (this.unloading.has(room) || this.closing) return;
    this.unloading.add(room);
    try {
      await this.settle(room);
    } catch (err) {
      this.log.error({ err, boardId: room.id }, 'could not store a board before unloading it');
    } finally {
      this.unloading.delete(room);
    }
    // Someone may have joined (or edited and left) while we were writing.
    if (room.connections.size > 0 || this.inUse.has(room) || this.rooms.get(room.id) !== room) return;
    if (!room.idle) return void this.unloadWhenIdle(room);
    if (this.history) {
      await this.history.left(room).catch((err) => this.log.error({ err, boardId: room.id }, 'history failed'));
      if (room.connections.size > 0 || this.inUse.has(room) || this.rooms.get(room.id) !== room) return;
      if (!room.idle) return void this.unloadWhenIdle(room);
    }
    const snapshot = room.storedSnapshot();
    if (snapshot) this.snapshots.remember(room.id, snapshot.lastSeq, snapshot.snapshot, snapshot.stateVector);
    this.rooms.delete(room.id);
    room.destroy();
    this.unsubscribe(room.id);
  }

  private drop(room: Room): void {
    this.snapshots.forget(room.id);
    room.destroy();
    if (this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    this.unsubscribe(room.id);
  }

  private unsubscribe(boardId: string): void {
    this.bus.unsubscribe(boardId).catch((err) => this.log.warn({ err, boardId }, 'could not unsubscribe'));
  }

  private heartbeat(): void {
    for (const conn of this.connections) {
      if (!conn.alive) {
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
    }
  }

  private compactAll(): void {
    for (const room of this.rooms.values()) room.requestCompaction();
  }
}

function toDoc(stored: StoredBoard): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
