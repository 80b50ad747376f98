import type { BoardAccess, CreatedBoard } from '@parcours/api';
import type { Locale, TemplateId } from '@parcours/journey';
import { fetchJson, fetchOk, jsonBody } from './request';

/**
 * The server's HTTP API for boards. Tokens travel in the query string, as in the board links. The
 * bodies' types come from the API's schemas (@parcours/api), the ones the server validates with.
 */
export type { ApiIssue, BoardAccess, CreatedBoard, ShareableTokens } from '@parcours/api';

export { ApiError } from './request';

export function createBoard(input: { title: string; locale: Locale; template: TemplateId }): Promise<CreatedBoard> {
  return fetchJson('/api/boards', jsonBody(input));
}

/** Imports a Parcours JSON or PNG as a new board; nothing is created when the server refuses the file. */
export async function importBoard(file: Blob & { name?: string }): Promise<CreatedBoard> {
  // A board archive (.zip: the board and its images): its own route.
  if (/zip/.test(file.type) || (file.name ?? '').toLowerCase().endsWith('.zip')) {
    return fetchJson('/api/boards/import-archive', {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: file,
    });
  }
  const isPng = file.type === 'image/png' || (file.name ?? '').toLowerCase().endsWith('.png');
  return fetchJson('/api/boards/import', {
    method: 'POST',
    headers: { 'content-type': isPng ? 'image/png' : 'application/json' },
    body: isPng ? file : await file.text(),
  });
}

/** The role this token gives and the links it may share, without the server reading the board (cheap on a huge board). */
export function fetchBoardAccess(boardId: string, token: string): Promise<BoardAccess> {
  return fetchJson(`/api/boards/${encodeURIComponent(boardId)}/access?token=${encodeURIComponent(token)}`);
}

export function exportUrl(
  boardId: string,
  token: string,
  format: 'png' | 'json',
  journeyId?: string,
  options: { comments?: boolean } = {},
): string {
  const params = new URLSearchParams({ token });
  if (journeyId) params.set('journeyId', journeyId);
  if (options.comments) params.set('comments', '1');
  return `/api/boards/${encodeURIComponent(boardId)}/export.${format}?${params}`;
}

/** Fetches an export as a blob (so an error shows as a toast, not as a JSON page). */
export async function fetchExport(url: string): Promise<Blob> {
  return (await fetchOk(url)).blob();
}
