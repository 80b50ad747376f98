/** A frame the server cannot accept: it closes that connection (4400), and nothing else. */
export class ProtocolError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProtocolError';
  }
}

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
