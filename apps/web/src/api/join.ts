import type { JoinCode, JoinedBoard } from '@parcours/api';
import { fetchJson } from './request';

/** The board and edit token a join code stands for (GET /api/join/:code). */
export function resolveJoinCode(code: string): Promise<JoinedBoard> {
  return fetchJson(`/api/join/${encodeURIComponent(code.trim())}`);
}

/** The board's join code, for its facilitator (POST /api/boards/:id/join-code). */
export function fetchJoinCode(boardId: string, token: string): Promise<JoinCode> {
  return fetchJson(`/api/boards/${encodeURIComponent(boardId)}/join-code?token=${encodeURIComponent(token)}`, {
    method: 'POST',
  });
}
