/**
 * One websocket client of one board: its role, its awareness identity and rate limit, and the
 * frames it sent before its room was ready. Frames are handled in arrival order.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Role } from '../storage/store';
import type { AwarenessEntry } from './awareness';
import { CloseCode, ProtocolError } from './errors';
import { handleFrame } from './protocol';
import type { Room } from './room';

export const AWARENESS_MESSAGES_PER_SECOND = 30;
/**
 * Awareness client ids one editor connection may speak for: a y-websocket provider uses one per
 * doc (a reconnect is a new connection). A viewer speaks for one.
 */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;
/** A client that does not read its socket is dropped before its backlog eats the server's memory. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Frames held while the board loads; a client does not send many before its first reply. */
const MAX_EARLY_FRAMES = 256;

export class Connection {
  role: Role | null = null;
  room: Room | null = null;
  /** Cleared by each heartbeat ping, set by any pong or frame. */
  alive = true;
  closed = false;
  /** Awareness client ids this connection speaks for (the first to use them); they leave with it. */
  readonly clientIds = new Set<number>();
  private early: Uint8Array[] | null = [];
  private awarenessTokens = AWARENESS_MESSAGES_PER_SECOND;
  private awarenessRefilledAt = Date.now();
  private readonly onCloseCallbacks: (() => void)[] = [];

  constructor(
    readonly socket: WebSocket,
    readonly log: FastifyBaseLogger,
  ) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('close', () => {
      this.closed = true;
      this.early = null;
      for (const callback of this.onCloseCallbacks.splice(0)) callback();
    });
    socket.on('error', (err) => this.log.debug({ err }, 'websocket error'));
  }

  get canEdit(): boolean {
    return this.role === 'edit' || this.role === 'facilitator';
  }

  onClose(callback: () => void): void {
    if (this.closed) callback();
    else this.onCloseCallbacks.push(callback);
  }

  /** Joins the room: from now on frames go to it, starting with those that arrived early. */
  attach(room: Room): void {
    this.room = room;
    const early = this.early ?? [];
    this.early = null;
    for (const frame of early) {
      if (this.closed) return;
      this.handle(frame);
    }
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.log.warn({ boardId: this.room?.id }, 'dropping a connection that does not read its socket');
      this.socket.terminate();
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.socket.close(code, reason);
  }

  /** Token bucket: AWARENESS_MESSAGES_PER_SECOND sustained, the same as a burst. */
  takeAwarenessToken(): boolean {
    const now = Date.now();
    const refill = ((now - this.awarenessRefilledAt) / 1000) * AWARENESS_MESSAGES_PER_SECOND;
    this.awarenessTokens = Math.min(AWARENESS_MESSAGES_PER_SECOND, this.awarenessTokens + refill);
    this.awarenessRefilledAt = now;
    if (this.awarenessTokens < 1) return false;
    this.awarenessTokens -= 1;
    return true;
  }

  /** The entries this connection may publish: those for client ids it speaks for or may take (awareness.ts). */
  filterAwareness(room: Room, entries: readonly AwarenessEntry[]): readonly AwarenessEntry[] {
    const maxIds = this.canEdit ? MAX_AWARENESS_IDS_PER_CONNECTION : 1;
    return room.awareness.claim(this, this.clientIds, maxIds, entries);
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    this.alive = true;
    if (this.closed) return;
    if (!isBinary) {
      this.reject(new ProtocolError('text frame'));
    } else if (!this.early) {
      this.handle(data);
    } else if (this.early.length < MAX_EARLY_FRAMES) {
      this.early.push(data);
    } else {
      this.reject(new ProtocolError('too many frames before sync'));
    }
  }

  private handle(data: Uint8Array): void {
    // ws hands out views into larger buffers, and lib0/Yjs decoders read through `.buffer`: a
    // length prefix that lies could make them read the bytes after the frame. A frame that owns
    // its ArrayBuffer makes such a read throw instead.
    const frame = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
    try {
      handleFrame(this.room!, this, frame);
    } catch (err) {
      this.reject(err);
    }
  }

  private reject(err: unknown): void {
    this.log.warn(
      { boardId: this.room?.id, err, reason: (err as Error).message },
      'closing a connection after a bad frame',
    );
    this.close(CloseCode.badMessage, 'bad message');
  }
}
