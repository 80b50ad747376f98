/**
 * Entry point of a client child: holds many clients (one Y.Doc each) and, on command, connects
 * them, writes timestamped edits, and records when edits arrive. An edit sets a new key of the
 * edit card's votes map (clients/editCard.ts) to the writer's clock in µs; readers subtract it from
 * their own clock (the same machine-wide monotonic clock), so latency is measured send to receive.
 */
import * as Y from 'yjs';
import { serve } from '../lib/rpc';
import { nowMs, nowUs, sleep, withTimeout } from '../lib/time';
import type { Target } from '../servers/handle';
import { editVotes } from './editCard';
import { type Client, connectClient } from './provider';

interface Peer {
  readonly doc: Y.Doc;
  client: Client;
  /** Pre-encoded mode: this client's edits as server messages, encoded before the clock starts. */
  frames: Uint8Array[];
  /** The edit card's votes map, once the doc holds it (seed applied or synced); null before. */
  votes: Y.Map<number> | null;
  received: number;
  /** When `received` first reached the expected count (µs), or null. */
  completedAt: number | null;
}

export interface ConnectArgs {
  readonly targets: readonly Target[];
  readonly perTarget: number;
  /**
   * Base64 Yjs update applied to every doc before it connects (peers' seeding). Never for
   * Parcours: its clients take the board, edit card included, from the server's sync.
   */
  readonly seed?: string;
  readonly timeoutMs?: number;
}

export interface ConnectResult {
  /** Creation to synced, per client, ms. */
  readonly syncMs: number[];
  /** Size of the first client's doc once synced (checks the content arrived). */
  readonly firstDocBytes: number;
}

export interface WriteArgs {
  readonly writer: string;
  readonly edits: number;
  /** Edits per second; absent: as fast as the event loop allows, `batch` per turn. */
  readonly rate?: number;
  readonly batch?: number;
}

export interface AgentResults {
  readonly latenciesUs: number[];
  readonly received: number[];
  readonly cpuUs: number;
}

function main(): void {
  // Hundreds of providers each listen for process exit; that is expected here.
  process.setMaxListeners(0);
  // A load generator outlives one client's socket error (e.g. destroying a provider whose socket
  // is still connecting); the measurement notices missing deliveries instead.
  process.on('uncaughtException', (err) => console.error(`bench agent: ${err.message}`));
  const peers: Peer[] = [];
  let recording = false;
  let keeping = false;
  let expected = Number.POSITIVE_INFINITY;
  const latencies: number[] = [];

  serve({
    connect: async (args: ConnectArgs): Promise<ConnectResult> => {
      const seed = args.seed ? new Uint8Array(Buffer.from(args.seed, 'base64')) : null;
      const started: Promise<number>[] = [];
      for (const target of args.targets) {
        for (let i = 0; i < args.perTarget; i++) {
          const doc = new Y.Doc();
          if (seed) Y.applyUpdate(doc, seed);
          const peer: Peer = {
            doc,
            client: null as unknown as Client,
            frames: [],
            votes: null,
            received: 0,
            completedAt: null,
          };
          const t0 = nowMs();
          peer.client = connectClient(target, doc);
          peers.push(peer);
          started.push(
            peer.client.synced.then(() => {
              const syncMs = nowMs() - t0;
              // Once synced the doc holds the edit card (if the board has one: not every scenario
              // writes); its votes map is observed from here on, before any edit is recorded.
              peer.votes = editVotes(doc);
              peer.votes?.observe((event) => onEdits(peer, event));
              return syncMs;
            }),
          );
        }
      }
      const syncMs = await withTimeout(Promise.all(started), args.timeoutMs ?? 60_000, 'clients to sync');
      const first = peers[peers.length - started.length];
      return { syncMs, firstDocBytes: first ? Y.encodeStateAsUpdate(first.doc).byteLength : 0 };
    },
    record: ({ expect, keepLatencies }: { expect: number; keepLatencies: boolean }) => {
      if (peers.some((peer) => peer.votes === null)) throw new Error(noEditCard());
      recording = true;
      keeping = keepLatencies;
      expected = expect;
      latencies.length = 0;
      for (const peer of peers) {
        peer.received = 0;
        peer.completedAt = null;
      }
      return true;
    },
    /** Every client of this agent writes `edits` edits, interleaved; resolves with the ms it took. */
    write: async (args: WriteArgs) => {
      if (peers.length === 0) throw new Error('no client to write with');
      const maps = peers.map((peer) => peer.votes);
      if (maps.some((map) => map === null)) throw new Error(noEditCard());
      const start = nowMs();
      const batch = args.batch ?? 1;
      for (let i = 0; i < args.edits; i++) {
        if (args.rate) {
          // Absolute schedule: a late edit does not push back the ones after it.
          const wait = start + (i * 1000) / args.rate - nowMs();
          if (wait > 0) await sleep(wait);
        } else if (i % batch === 0 && i > 0) {
          // Let the sockets write and the acknowledgements come in between batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
        for (let w = 0; w < maps.length; w++) {
          const map = maps[w]!;
          peers[w]!.doc.transact(() => map.set(`${args.writer}${w}:${i}`, nowUs()));
        }
      }
      return nowMs() - start;
    },
    /**
     * Pre-encoded mode, before the clock starts: every client encodes `edits` edits of its own as
     * the server's update message, on a scratch copy of its doc with another client id (the
     * provider's doc never sees them, so it never sends them again). Resolves with the frame count.
     */
    prepare: (args: { writer: string; edits: number }) => {
      let count = 0;
      peers.forEach((peer, w) => {
        if (!peer.votes) throw new Error(noEditCard());
        const scratch = new Y.Doc();
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(peer.doc));
        const votes = editVotes(scratch)!;
        const frames: Uint8Array[] = [];
        scratch.on('update', (update: Uint8Array) => frames.push(peer.client.updateFrame(update)));
        for (let i = 0; i < args.edits; i++) scratch.transact(() => votes.set(`${args.writer}${w}:${i}`, i));
        scratch.destroy();
        peer.frames = frames;
        count += frames.length;
      });
      return count;
    },
    /**
     * Pre-encoded mode: every client sends its prepared frames, one update per websocket message,
     * interleaved, yielding to the event loop every `yieldEvery` messages so the sockets write and
     * the server's frames are read; resolves with the ms it took.
     */
    sendPrepared: async ({ yieldEvery }: { yieldEvery: number }) => {
      const start = nowMs();
      const longest = Math.max(0, ...peers.map((p) => p.frames.length));
      let sent = 0;
      for (let i = 0; i < longest; i++) {
        for (const peer of peers) {
          const frame = peer.frames[i];
          if (!frame) continue;
          if (!peer.client.sendRaw(frame)) throw new Error('a writer socket is not open');
          if (++sent % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }
      for (const peer of peers) peer.frames = [];
      return nowMs() - start;
    },
    /** This process's CPU time so far (µs). */
    cpu: () => {
      const cpu = process.cpuUsage();
      return cpu.user + cpu.system;
    },
    /** Resolves with when (µs) the last client got `expected` edits, or null after the timeout. */
    waitAll: async ({ timeoutMs }: { timeoutMs: number }) => {
      const deadline = nowMs() + timeoutMs;
      while (nowMs() < deadline) {
        if (peers.every((p) => p.completedAt !== null)) return Math.max(...peers.map((p) => p.completedAt!));
        await sleep(5);
      }
      return null;
    },
    results: (): AgentResults => {
      recording = false;
      const cpu = process.cpuUsage();
      return { latenciesUs: latencies.slice(), received: peers.map((p) => p.received), cpuUs: cpu.user + cpu.system };
    },
    disconnect: async () => {
      for (const peer of peers.splice(0)) {
        peer.client.destroy();
        peer.doc.destroy();
      }
      // Let the close frames go out before the next measurement starts.
      await sleep(50);
      return true;
    },
  });

  function noEditCard(): string {
    return 'a client has no edit card: the room must come from fixtures/editBoard.ts (newEditRoom)';
  }

  function onEdits(peer: Peer, event: Y.YMapEvent<number>): void {
    if (!recording || event.transaction.local) return;
    const now = nowUs();
    const map = event.target;
    if (keeping) {
      for (const key of event.keysChanged) {
        const sentAt = map.get(key);
        if (typeof sentAt === 'number') latencies.push(now - sentAt);
      }
    }
    peer.received += event.keysChanged.size;
    if (peer.completedAt === null && peer.received >= expected) peer.completedAt = now;
  }
}

main();
