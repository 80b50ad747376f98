/**
 * Short join codes: what a participant types when they cannot scan the QR code ("K7QM-XR4P" read off
 * the projector). A code stands for a board's edit link, so it is as good as that link while it
 * lives: it is made only by a facilitator, expires (`ttlMs`), and lookups that miss count as failed
 * token checks (the shared AuthLimiter: 429 past 20 a minute per address). 8 characters of a
 * 31-letter alphabet without look-alikes (no 0/O, 1/I/L) are about 2^39.6 codes: at 20 misses a
 * minute an address tries 28,800 a day, a chance of about 3 in 10,000 per day of hitting one of
 * 10,000 live codes. Codes live in this process's memory, bounded by `max` (the oldest go first):
 * a restart forgets them (the facilitator's screen asks for a new one), and behind several
 * instances a code resolves only on the instance that made it (docs/API.md).
 */
import { randomInt } from 'node:crypto';
import { sameToken } from '../tokens';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

export interface JoinCodeTarget {
  readonly boardId: string;
  /** The edit token the code opens. */
  readonly token: string;
}

export interface JoinCode extends JoinCodeTarget {
  readonly code: string;
  readonly expiresAt: number;
}

export interface JoinCodesOptions {
  readonly ttlMs: number;
  readonly max: number;
  readonly now?: () => number;
}

/** "k7qm xr4p", "K7QM-XR4P" -> "K7QM XR4P" without separators; null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const c of code) if (!JOIN_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** "K7QMXR4P" -> "K7QM-XR4P": how screens show it. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export class JoinCodes {
  /** Insertion order is age order: the first entry is the oldest. */
  private readonly byCode = new Map<string, JoinCode>();
  private readonly byBoard = new Map<string, string>();
  private readonly now: () => number;

  constructor(private readonly options: JoinCodesOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * The board's live code for this token, or a new one: every facilitator device shows the same
   * code. A code that would expire within a quarter of its lifetime is replaced by a fresh one.
   */
  issue(target: JoinCodeTarget): JoinCode {
    const current = this.byBoard.get(target.boardId);
    const live = current ? this.live(current) : undefined;
    if (live && sameToken(live.token, target.token) && live.expiresAt - this.now() > this.options.ttlMs / 4)
      return live;
    if (live) this.drop(live.code);
    while (this.byCode.size >= this.options.max) {
      const oldest = this.byCode.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    let code = randomCode();
    while (this.byCode.has(code)) code = randomCode();
    const entry: JoinCode = { ...target, code, expiresAt: this.now() + this.options.ttlMs };
    this.byCode.set(code, entry);
    this.byBoard.set(target.boardId, code);
    return entry;
  }

  /** The target of a live code, or undefined (unknown, malformed or expired). */
  resolve(input: string): JoinCode | undefined {
    const code = normalizeJoinCode(input);
    return code ? this.live(code) : undefined;
  }

  get size(): number {
    return this.byCode.size;
  }

  private live(code: string): JoinCode | undefined {
    const entry = this.byCode.get(code);
    if (entry && entry.expiresAt <= this.now()) {
      this.drop(code);
      return undefined;
    }
    return entry;
  }

  private drop(code: string): void {
    const entry = this.byCode.get(code);
    this.byCode.delete(code);
    if (entry && this.byBoard.get(entry.boardId) === code) this.byBoard.delete(entry.boardId);
  }
}

function randomCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
