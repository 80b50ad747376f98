/**
 * One websocket client of one board: its role, its awareness identity, its rate limits and send
 * buffer, and the frames it sent before its room was ready. Frames are handled in arrival order.
 *
 * What one client can cost is bounded here (limits/limits.ts): past its frames or bytes per
 * second, or while more than SEND_PAUSE_BYTES it was sent are still unwritten (a client that does
 * not read), its socket is not read (TCP pushes back on the client) until it is under again; a
 * sync step 1 is answered once at a time, the latest request winning (sync replies are whole boards).
 */
import type { BoardRole } from '@parcours/journey';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { BURST_SECONDS, type Limits } from '../limits/limits';
import type { SendBudget } from '../limits/sendBudget';
import { TokenBucket } from '../limits/tokenBucket';
import { closeFor, ProtocolError, type Refusal, refusalOf } from './errors';
import type { JoinedRoom, RoomMember } from './peer';
import { handleFrame } from './protocol';
import type { AwarenessEntry } from './wire';

export const AWARENESS_MESSAGES_PER_SECOND = 30;
/**
 * Awareness client ids one editor connection may speak for: a y-websocket provider uses one per
 * doc (a reconnect is a new connection). A viewer speaks for one.
 */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;
/** A client that does not read its socket is dropped before its backlog (besides a sync reply) eats the server's memory. */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Past this many unwritten bytes, the client's frames are not read until it has read ours. */
export const SEND_PAUSE_BYTES = 4 * 1024 * 1024;

export interface ConnectionLimits {
  readonly rates: Pick<Limits, 'connectionMessagesPerSecond' | 'connectionBytesPerSecond'>;
  /** Unwritten bytes of all connections together. */
  readonly sendBudget: SendBudget;
}

type PauseReason = 'rate' | 'send';
/** Frames held while the board loads; a client does not send many before its first reply. */
const MAX_EARLY_FRAMES = 256;

export class Connection implements RoomMember {
  role: BoardRole | null = null;
  /**
   * The comment author key this connection proved (the `author` query parameter, a device secret:
   * @parcours/journey authorKeyOf); null when none: it may then write no comment of its own.
   */
  author: string | null = null;
  /** The participant id of this connection's first comment: its later comments carry the same (bound on first use). */
  participantId: string | null = null;
  room: JoinedRoom | null = null;
  /** Cleared by each heartbeat ping, set by any pong or frame. */
  alive = true;
  closed = false;
  /** Awareness client ids this connection speaks for (the first to use them); they leave with it. */
  readonly clientIds = new Set<number>();
  private early: Uint8Array[] | null = [];
  private readonly awarenessTokens = new TokenBucket(AWARENESS_MESSAGES_PER_SECOND, AWARENESS_MESSAGES_PER_SECOND);
  private readonly messageTokens: TokenBucket;
  private readonly byteTokens: TokenBucket;
  private readonly sendBudget: SendBudget;
  /** Bytes handed to the socket and not yet written, and the buffers they are (for the budget). */
  private unsentBytes = 0;
  private readonly unsent = new Map<Uint8Array, number>();
  private readonly paused = new Set<PauseReason>();
  private rateTimer: NodeJS.Timeout | null = null;
  /** A sync reply is being computed or sent; `nextSync` is the latest request that came meanwhile. */
  private syncing = false;
  private nextSync: Uint8Array | null = null;
  /** The sync reply being sent. */
  private reply: Uint8Array | null = null;
  private readonly onCloseCallbacks: (() => void)[] = [];

  constructor(
    readonly socket: WebSocket,
    readonly log: FastifyBaseLogger,
    limits: ConnectionLimits,
  ) {
    const { connectionMessagesPerSecond: messages, connectionBytesPerSecond: bytes } = limits.rates;
    this.messageTokens = new TokenBucket(messages, messages * BURST_SECONDS);
    this.byteTokens = new TokenBucket(bytes, bytes * BURST_SECONDS);
    this.sendBudget = limits.sendBudget;
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('close', () => {
      this.closed = true;
      this.early = null;
      if (this.rateTimer) clearTimeout(this.rateTimer);
      // Write callbacks may never come for a dead socket: give everything back now.
      for (const [buffer, times] of this.unsent) for (let i = 0; i < times; i++) this.sendBudget.release(buffer);
      this.unsent.clear();
      this.unsentBytes = 0;
      for (const callback of this.onCloseCallbacks.splice(0)) callback();
    });
    socket.on('error', (err) => this.log.debug({ err }, 'websocket error'));
  }

  /** Whether its updates are checked and applied (a commenter's too: the check lets comments only through). */
  get canEdit(): boolean {
    return this.role === 'edit' || this.role === 'facilitator' || this.role === 'comment';
  }

  get open(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  onClose(callback: () => void): void {
    if (this.closed) callback();
    else this.onCloseCallbacks.push(callback);
  }

  /** Joins the room: from now on frames go to it, starting with those that arrived early. */
  attach(room: JoinedRoom): void {
    this.room = room;
    const early = this.early ?? [];
    this.early = null;
    for (const frame of early) {
      if (this.closed) return;
      this.handle(frame);
    }
  }

  /** Sends `message`; `onWritten` runs once it is written to the network (or the socket failed). */
  send(message: Uint8Array, onWritten?: () => void): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    // The sync reply being written is a whole board for a fresh client (up to BOARD_MAX_BYTES): it
    // is not backlog, or a slow client joining a large board would be dropped by the next edit.
    const replyBytes = this.reply !== null && this.unsent.has(this.reply) ? this.reply.byteLength : 0;
    const backlog = this.unsentBytes - replyBytes + (message === this.reply ? 0 : message.byteLength);
    const over = backlog > MAX_BUFFERED_BYTES;
    if (over || !this.sendBudget.reserve(message)) {
      this.log.warn(
        { boardId: this.room?.id, unsentBytes: this.unsentBytes, totalUnsentBytes: this.sendBudget.used },
        over ? 'dropping a connection that does not read its socket' : 'dropping a connection: send buffers are full',
      );
      this.socket.terminate();
      return;
    }
    this.unsent.set(message, (this.unsent.get(message) ?? 0) + 1);
    this.unsentBytes += message.byteLength;
    if (this.unsentBytes > SEND_PAUSE_BYTES) this.pause('send');
    this.socket.send(message, { binary: true }, () => {
      this.written(message);
      onWritten?.();
    });
  }

  /**
   * Answers a sync step 1 once everything received is stored (what the client gets survives a
   * crash). One answer at a time: a request arriving meanwhile replaces any earlier waiting one.
   */
  requestSync(stateVector: Uint8Array): void {
    if (this.syncing) {
      this.nextSync = stateVector;
      return;
    }
    this.syncing = true;
    const room = this.room!;
    room.whenDurable(() => {
      if (this.closed) return;
      this.reply = room.syncStep2(stateVector);
      this.send(this.reply, () => {
        this.reply = null;
        this.syncing = false;
        const next = this.nextSync;
        this.nextSync = null;
        if (next && !this.closed) this.requestSync(next);
      });
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.socket.close(code, reason);
  }

  /** Token bucket: AWARENESS_MESSAGES_PER_SECOND sustained, the same as a burst. */
  takeAwarenessToken(): boolean {
    return this.awarenessTokens.take();
  }

  /** The entries this connection may publish: those for client ids it speaks for or may take (awareness.ts). */
  claimAwareness(entries: readonly AwarenessEntry[]): readonly AwarenessEntry[] {
    const maxIds = this.canEdit ? MAX_AWARENESS_IDS_PER_CONNECTION : 1;
    return this.room!.awareness.claim(this, this.clientIds, maxIds, entries);
  }

  /** Closes the connection for `refusal`, with its kind's close code, and logs why. */
  refuse(refusal: Refusal): void {
    const boardId = this.room?.id;
    if (refusal.kind === 'limit') {
      this.log.warn({ boardId, reason: refusal.detail }, 'closing a connection past a limit');
    } else if (refusal.kind === 'forbidden') {
      const { reasons, bytes } = refusal;
      this.log.warn({ boardId, role: this.role, reasons, bytes }, 'refused a client update and closed its connection');
    } else {
      const err = refusal.cause ?? refusal.detail;
      this.log.warn({ boardId, err, reason: refusal.detail }, 'closing a connection after a bad frame');
    }
    const { code, reason } = closeFor(refusal);
    this.close(code, reason);
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    this.alive = true;
    if (this.closed) return;
    // The frame is read already: handle it, and read no more until the client is back under its rates.
    const waitMs = Math.max(this.messageTokens.charge(1), this.byteTokens.charge(data.byteLength));
    if (waitMs > 0) this.throttle(waitMs);
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

  private written(message: Uint8Array): void {
    // The client is reading: alive, even if its pong waits unread behind a paused socket.
    this.alive = true;
    const times = this.unsent.get(message);
    if (times === undefined) return; // the socket closed first: already given back
    if (times > 1) this.unsent.set(message, times - 1);
    else this.unsent.delete(message);
    this.unsentBytes -= message.byteLength;
    this.sendBudget.release(message);
    if (this.unsentBytes <= SEND_PAUSE_BYTES) this.resume('send');
  }

  private throttle(waitMs: number): void {
    this.pause('rate');
    if (this.rateTimer) return;
    this.rateTimer = setTimeout(() => {
      this.rateTimer = null;
      this.resume('rate');
    }, waitMs);
  }

  private pause(reason: PauseReason): void {
    if (this.paused.size === 0) this.socket.pause();
    this.paused.add(reason);
  }

  private resume(reason: PauseReason): void {
    if (!this.paused.delete(reason) || this.paused.size > 0 || this.closed) return;
    this.socket.resume();
  }

  private reject(err: unknown): void {
    this.refuse(refusalOf(err));
  }
}
