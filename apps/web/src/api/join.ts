import type { JoinCode, JoinedBoard } from '@parcours/api';
import { ApiError } from './boards';

/** The board and edit token a join code stands for (GET /api/join/:code). */
export async function resolveJoinCode(code: string): Promise<JoinedBoard> {
  let response: Response;
  try {
    response = await fetch(`/api/join/${encodeURIComponent(code.trim())}`);
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return (await response.json()) as JoinedBoard;
}

/** The board's join code, for its facilitator (POST /api/boards/:id/join-code). */
export async function fetchJoinCode(boardId: string, token: string): Promise<JoinCode> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/join-code?token=${encodeURIComponent(token)}`, {
      method: 'POST',
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return (await response.json()) as JoinCode;
}
