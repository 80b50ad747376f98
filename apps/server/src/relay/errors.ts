import { ProtocolError } from './wire';

/** Declared with the wire format it guards (wire.ts). */
export { ProtocolError };

/** A limit of limits/limits.ts refused a frame: its connection is closed with `code`, and nothing else. */
export class LimitError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

/** Websocket close codes. 44xx tells the stock y-websocket client not to reconnect. */
export const CloseCode = {
  goingAway: 1001,
  messageTooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  badMessage: 4400,
  unauthorized: 4401,
  /** A participant's update broke the facilitation rules (relay/facilitation.ts): refused, not stored. */
  forbidden: 4403,
  notFound: 4404,
  /** The board reached its size limit (BOARD_MAX_BYTES): the update was refused, not stored. */
  boardFull: 4413,
  /** Too many connections from this address (CONNECTIONS_PER_ADDRESS), or too many failed token checks. */
  tooMany: 4429,
  /** The board needs a newer server (its schema is newer than this code). */
  unavailable: 4503,
} as const;

/**
 * Why the server closes one client's connection, by kind, each with its close code: handlers say
 * what happened, the connection decides how to close and what to log. Nothing matches strings.
 */
export type Refusal =
  /** A frame that is not the protocol, or an update Yjs cannot read: 4400. */
  | { readonly kind: 'malformed'; readonly detail: string; readonly cause?: unknown }
  /** An update the model's check refused (layout, bounds, rights): 4403, with the reasons. */
  | { readonly kind: 'forbidden'; readonly reasons: readonly string[]; readonly bytes: number }
  /** A limit of limits/limits.ts: its own code. */
  | { readonly kind: 'limit'; readonly code: number; readonly detail: string };

/** The refusal for what a handler threw: a LimitError is a limit, anything else a malformed frame. */
export function refusalOf(err: unknown): Refusal {
  if (err instanceof LimitError) return { kind: 'limit', code: err.code, detail: err.message };
  return { kind: 'malformed', detail: err instanceof Error ? err.message : String(err), cause: err };
}

/** The websocket close code and reason of a refusal (a reason is at most 123 bytes). */
export function closeFor(refusal: Refusal): { code: number; reason: string } {
  if (refusal.kind === 'limit') return { code: refusal.code, reason: refusal.detail };
  if (refusal.kind === 'malformed') return { code: CloseCode.badMessage, reason: 'bad message' };
  return { code: CloseCode.forbidden, reason: truncateUtf8(`forbidden: ${refusal.reasons.join('; ')}`, 123) };
}

function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let out = text;
  while (encoder.encode(`${out}…`).byteLength > maxBytes) out = out.slice(0, -1);
  return `${out}…`;
}
