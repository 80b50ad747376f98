/**
 * A workshop participant for the load run, speaking the y-websocket protocol on a raw socket.
 *
 * Its edits are real Yjs updates that fit the board's layout: each sets a new key of the edit
 * card's votes map (clients/editCard.ts) to the send time, so no edit depends on anyone else's.
 * Its cursor moves are real awareness updates. The board's initial state (the sync step 2 answer,
 * which holds the edit card) is integrated into its Y.Doc once; what arrives after that is decoded,
 * not integrated: on 2 cores, 1,500 stock providers each integrating 145 updates and 290 cursor
 * moves per second would measure the clients' CPU, not the relay. An observing client reads each
 * received edit's send time from its value and keeps its key, so it can tell whether every edit of
 * its board reached it; the others only edit, move and take delivery (the relay does the same work
 * for them).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { editVotes } from './editCard';

const SYNC = 0;
const AWARENESS = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
/** Origin of the integrated initial state: not an edit of this client, never sent back. */
const FROM_SERVER = Symbol('from server');

export interface WireClientOptions {
  readonly url: string;
  /** Called with the send time of every edit or cursor move of another client, when it arrives. */
  readonly onEdit: (sentAt: number) => void;
  readonly onCursor: (sentAt: number) => void;
  readonly now: () => number;
  /** Decode and time what arrives (true), or only take delivery of it (false). */
  readonly observe: boolean;
}

export class WireClient {
  /** Keys of the edits this client has: its own and every one received. */
  readonly keys = new Set<string>();
  synced = false;
  /** The edit card's votes map, from the initial state; null before it or if the board lacks the card. */
  private votes: Y.Map<number> | null = null;
  /** Its id: the parent that received edits name (decoded without a doc, an item's parent is an ID). */
  private votesId: Y.ID | null = null;
  private readonly socket: WebSocket;
  private readonly doc = new Y.Doc();
  private readonly options: WireClientOptions;
  private awarenessClock = 0;
  private pending: Uint8Array[] = [];

  constructor(options: WireClientOptions) {
    this.options = options;
    this.socket = new WebSocket(options.url);
    this.socket.binaryType = 'nodebuffer';
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) this.send(frame(SYNC, UPDATE, update));
    });
    this.socket.on('open', () => {
      this.send(frame(SYNC, STEP1, Y.encodeStateVector(new Y.Doc())));
      for (const data of this.pending.splice(0)) this.socket.send(data);
    });
    this.socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    this.socket.on('error', () => {});
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Whether this client can edit: synced, and its board holds the edit card. */
  get canEdit(): boolean {
    return this.votes !== null;
  }

  edit(key: string): void {
    if (!this.votes) throw new Error('no edit card to write to (not synced, or the board lacks it)');
    this.keys.add(key);
    this.votes.set(key, this.options.now());
  }

  moveCursor(x: number, y: number): void {
    const state = JSON.stringify({ cursor: { x, y, t: this.options.now() } });
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, this.doc.clientID);
    encoding.writeVarUint(inner, ++this.awarenessClock);
    encoding.writeVarString(inner, state);
    const outer = encoding.createEncoder();
    encoding.writeVarUint(outer, AWARENESS);
    encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
    this.send(encoding.toUint8Array(outer));
  }

  close(): void {
    this.socket.terminate();
    this.doc.destroy();
  }

  private send(data: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(data);
    else if (this.socket.readyState === WebSocket.CONNECTING) this.pending.push(data);
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === STEP1) {
        // The server asks what we have that it lacks: our own edits, which it already has.
        this.send(frame(SYNC, STEP2, Y.encodeStateAsUpdate(this.doc, payload)));
        return;
      }
      if (step === STEP2) {
        Y.applyUpdate(this.doc, payload, FROM_SERVER);
        this.votes = editVotes(this.doc);
        this.votesId = this.votes?._item?.id ?? null;
        this.synced = true;
      }
      if (this.options.observe) this.readEdits(payload, step === UPDATE);
    } else if (type === AWARENESS && this.options.observe) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      for (let n = decoding.readVarUint(inner); n > 0; n--) {
        const clientId = decoding.readVarUint(inner);
        decoding.readVarUint(inner); // clock
        const state = decoding.readVarString(inner);
        if (clientId === this.doc.clientID) continue;
        const at = state.indexOf('"t":');
        if (at >= 0) this.options.onCursor(Number.parseFloat(state.slice(at + 4)));
      }
    }
  }

  /** Records the edits in an update; only live ones (not the initial state) are timed. */
  private readEdits(update: Uint8Array, live: boolean): void {
    const { structs } = Y.decodeUpdate(update);
    for (const struct of structs) {
      // Decoded without a doc, an item names its parent by its ID (a root type by its name); a new
      // key of a map has no left neighbour, so the parent is always written.
      if (!(struct instanceof Y.Item) || typeof struct.parentSub !== 'string') continue;
      const parent: unknown = struct.parent;
      if (!(parent instanceof Y.ID) || this.votesId === null || !Y.compareIDs(parent, this.votesId)) continue;
      const key = struct.parentSub;
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      const value = (struct.content as Y.ContentAny).arr?.[0];
      if (live && typeof value === 'number') this.options.onEdit(value);
    }
  }
}

function frame(type: number, step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
