import type { RestoreScope, VersionInfo } from '@parcours/api';
import { fetchExport } from '../../api/boards';
import { jsonBody as json, fetchJson as send } from '../../api/request';

/** The server's history routes (apps/server/src/routes/history.ts); their bodies are @parcours/api's. */

export type { RestoreScope, VersionInfo } from '@parcours/api';

function base(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/versions`;
}

function withToken(url: string, token: string, params: Record<string, string> = {}): string {
  return `${url}?${new URLSearchParams({ token, ...params })}`;
}

export async function listVersions(boardId: string, token: string): Promise<VersionInfo[]> {
  return (await send<{ versions: VersionInfo[] }>(withToken(base(boardId), token))).versions;
}

export function saveVersion(boardId: string, token: string, name: string): Promise<VersionInfo> {
  return send(withToken(base(boardId), token), json({ name }));
}

export function renameVersion(boardId: string, token: string, versionId: string, name: string): Promise<VersionInfo> {
  return send(withToken(`${base(boardId)}/${encodeURIComponent(versionId)}`, token), json({ name }, 'PATCH'));
}

export function deleteVersion(boardId: string, token: string, versionId: string): Promise<void> {
  return send(withToken(`${base(boardId)}/${encodeURIComponent(versionId)}`, token), { method: 'DELETE' });
}

export function restoreVersion(
  boardId: string,
  token: string,
  versionId: string,
  scope: RestoreScope,
): Promise<VersionInfo> {
  return send(withToken(`${base(boardId)}/${encodeURIComponent(versionId)}/restore`, token), json(scope));
}

/** A version's encoded Yjs state (the web app reads it with the model, like the live board). */
export async function fetchVersionState(boardId: string, token: string, versionId: string): Promise<Uint8Array> {
  const blob = await fetchExport(withToken(`${base(boardId)}/${encodeURIComponent(versionId)}/state`, token));
  return new Uint8Array(await blob.arrayBuffer());
}

export function versionExportUrl(
  boardId: string,
  token: string,
  versionId: string,
  format: 'png' | 'json',
  journeyId?: string,
): string {
  return withToken(
    `${base(boardId)}/${encodeURIComponent(versionId)}/export.${format}`,
    token,
    journeyId ? { journeyId } : {},
  );
}
