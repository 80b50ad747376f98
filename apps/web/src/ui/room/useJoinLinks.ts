import { useEffect, useState } from 'react';
import { fetchJoinCode } from '../../api/join';
import { useBoardStore } from '../../store/boardStore';
import { boardPath } from '../router';

/**
 * The links a participant joins by, each with its QR code: the edit link today; a comment link
 * joins this list when boards have one. From the store's tokens, as the share dialog's.
 */
export interface JoinLink {
  readonly kind: 'edit';
  readonly url: string;
}

export function useJoinLinks(): readonly JoinLink[] {
  const boardId = useBoardStore((s) => s.boardId);
  const edit = useBoardStore((s) => s.tokens.edit ?? (s.role === 'edit' ? s.tokens.current : null));
  if (!boardId || !edit) return [];
  return [{ kind: 'edit', url: new URL(boardPath(boardId, edit), window.location.origin).toString() }];
}

/** Where a code is typed: this server's /j, without the scheme (what people type). */
export function joinAddress(): string {
  return `${window.location.host}/j`;
}

const REFRESH_MS = 60_000;

/** The board's short join code, asked of the server by a facilitator; null until known or for others. */
export function useJoinCode(): string | null {
  const boardId = useBoardStore((s) => s.boardId);
  const token = useBoardStore((s) => (s.role === 'facilitator' ? s.tokens.current : null));
  const online = useBoardStore((s) => s.connection === 'connected');
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    if (!boardId || !token || !online) return;
    let live = true;
    const ask = () =>
      fetchJoinCode(boardId, token).then(
        (answer) => live && setCode(answer.code),
        () => live && setCode(null),
      );
    void ask();
    // Codes live in the server's memory: after a restart, or once the oldest were forgotten past
    // JOIN_CODES_MAX, the same call makes a new one, and the screen shows it within a minute.
    const timer = setInterval(() => void ask(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [boardId, token, online]);
  return code;
}

/** Whether this page's address is one only this computer reaches (a QR code of it fails on a phone). */
export function isLocalOnly(hostname: string = window.location.hostname): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\./.test(hostname);
}
