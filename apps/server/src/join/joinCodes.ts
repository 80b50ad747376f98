/**
 * Short join codes: what a participant types when they cannot scan the QR code ("K7QM-XR4P" read off
 * the projector). A code stands for a board's edit link, so it is as good as that link while it
 * lives: it is made only by a facilitator, expires (`ttlMs`), and lookups that miss count as failed
 * token checks (the shared AuthLimiter: 429 past 20 a minute per address). 8 characters of a
 * 31-letter alphabet without look-alikes (no 0/O, 1/I/L) are about 2^39.6 codes: at 20 misses a
 * minute an address tries 28,800 a day, a chance of about 3 in 10,000 per day of hitting one of
 * 10,000 live codes.
 *
 * Where codes live is a `JoinCodeStore`: this process's memory on one instance (a restart forgets
 * them; the facilitator's screen asks for a new one), Redis when the instances share one
 * (redisJoinCodes.ts), so that a code made on one instance resolves on every other. Either way at
 * most `max` codes live at once, the oldest forgotten first.
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

export interface JoinCodeStore {
  /**
   * The board's live code for this token, or a new one: every facilitator device shows the same
   * code. A code that would expire within a quarter of its lifetime is replaced by a fresh one.
   */
  issue(target: JoinCodeTarget): Promise<JoinCode>;
  /** The target of a live code, or undefined (unknown, malformed or expired). */
  resolve(input: string): Promise<JoinCode | undefined>;
  close(): Promise<void>;
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

/** Whether the board's live code may be handed out again for `target` (the rule of `issue`). */
export function stillGood(live: JoinCode, target: JoinCodeTarget, now: number, ttlMs: number): boolean {
  return sameToken(live.token, target.token) && live.expiresAt - now > ttlMs / 4;
}

export function randomJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Codes in this process's memory: one instance, or a deployment that routes `/api/join` to one. */
export class MemoryJoinCodes implements JoinCodeStore {
  /** Insertion order is age order: the first entry is the oldest. */
  private readonly byCode = new Map<string, JoinCode>();
  private readonly byBoard = new Map<string, string>();
  private readonly now: () => number;

  constructor(private readonly options: JoinCodesOptions) {
    this.now = options.now ?? Date.now;
  }

  async issue(target: JoinCodeTarget): Promise<JoinCode> {
    const current = this.byBoard.get(target.boardId);
    const live = current ? this.live(current) : undefined;
    if (live && stillGood(live, target, this.now(), this.options.ttlMs)) return live;
    if (live) this.drop(live.code);
    while (this.byCode.size >= this.options.max) {
      const oldest = this.byCode.keys().next().value;
      if (oldest === undefined) break;
      this.drop(oldest);
    }
    let code = randomJoinCode();
    while (this.byCode.has(code)) code = randomJoinCode();
    const entry: JoinCode = { ...target, code, expiresAt: this.now() + this.options.ttlMs };
    this.byCode.set(code, entry);
    this.byBoard.set(target.boardId, code);
    return entry;
  }

  async resolve(input: string): Promise<JoinCode | undefined> {
    const code = normalizeJoinCode(input);
    return code ? this.live(code) : undefined;
  }

  async close(): Promise<void> {
    this.byCode.clear();
    this.byBoard.clear();
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
