/**
 * What one client may cost the server, in one place: each limit has a default no real workshop
 * reaches (15-40 people editing, imports of a few MB) and an environment variable (config.ts).
 * docs/API.md lists them with their close codes and statuses.
 */

export interface Limits {
  /** Bytes a board may take in the store (snapshot plus updates not yet compacted); beyond, updates are refused (4413). */
  readonly boardMaxBytes: number;
  /** Frames per second one websocket connection may send; beyond, its socket is no longer read for a while. */
  readonly connectionMessagesPerSecond: number;
  /** Bytes per second one websocket connection may send; beyond, its socket is no longer read for a while. */
  readonly connectionBytesPerSecond: number;
  /** Boards one address may create (templates and imports) per hour; beyond, 429 with Retry-After. */
  readonly boardsPerAddressPerHour: number;
  /** Websocket connections one address may hold open; beyond, closed with 4429. */
  readonly connectionsPerAddress: number;
  /** Bytes waiting to be sent, all connections together (each buffer counted once); beyond, the connection that would add to it is dropped. */
  readonly sendBufferTotalBytes: number;
  /** Minutes a join code (the short code shown beside the QR code) resolves to the board's edit link. */
  readonly joinCodeTtlMinutes: number;
  /** Join codes kept at once, all boards together (one per board); beyond, the oldest is forgotten. */
  readonly joinCodesMax: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  boardMaxBytes: 50 * MiB,
  connectionMessagesPerSecond: 200,
  connectionBytesPerSecond: 4 * MiB,
  boardsPerAddressPerHour: 200,
  connectionsPerAddress: 500,
  sendBufferTotalBytes: 512 * MiB,
  joinCodeTtlMinutes: 720,
  joinCodesMax: 10_000,
};

/** Rates allow bursts of this many seconds' worth (a client reconnecting sends its backlog at once). */
export const BURST_SECONDS = 5;

export function withDefaults(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
