import type { Snapshot } from '@parcours/journey';
import { ApiError, fetchExport } from '../../api/boards';
import { useBoardStore } from '../../store/boardStore';
import { toastError, toastInfo } from '../../store/toastStore';
import { downloadBlob, fileNameOf } from '../common/download';
import { listVersions, type RestoreScope, restoreVersion, type VersionInfo, versionExportUrl } from './historyApi';
import { useHistoryStore } from './historyStore';

/** What the History panel and the version banner do, reading the board and token from the stores. */

export type VersionRef = Pick<VersionInfo, 'id' | 'createdAt' | 'name'>;

function board(): { boardId: string; token: string } | null {
  const { boardId, tokens } = useBoardStore.getState();
  return boardId && tokens.current ? { boardId, token: tokens.current } : null;
}

export async function refreshVersions(): Promise<void> {
  const current = board();
  if (!current) return;
  useHistoryStore.getState().setVersions(await listVersions(current.boardId, current.token));
}

export async function versionSnapshot(versionId: string): Promise<Snapshot | null> {
  const current = board();
  return current ? useHistoryStore.getState().load(current.boardId, current.token, versionId) : null;
}

/** Shows the version read-only in the canvas (and the other views). */
export async function previewVersion(version: VersionRef): Promise<void> {
  const snapshot = await versionSnapshot(version.id);
  if (snapshot)
    useBoardStore
      .getState()
      .showVersion({ versionId: version.id, createdAt: version.createdAt, name: version.name }, snapshot);
}

/** Highlights what changed since the version (or stops when it is already compared). */
export async function toggleCompare(version: VersionRef & VersionInfo): Promise<void> {
  const history = useHistoryStore.getState();
  if (history.compare?.version.id === version.id) return history.setCompare(null);
  const snapshot = await versionSnapshot(version.id);
  if (snapshot) useHistoryStore.getState().setCompare({ version, snapshot });
}

export async function exportVersion(version: VersionRef, format: 'png' | 'json', failed: string): Promise<void> {
  const current = board();
  if (!current) return;
  const { journeyId, snapshot } = useBoardStore.getState();
  try {
    const url = versionExportUrl(current.boardId, current.token, version.id, format, journeyId ?? undefined);
    const title = snapshot?.board.title ?? 'parcours';
    downloadBlob(
      await fetchExport(url),
      fileNameOf(`${title} - ${version.createdAt.slice(0, 16).replace('T', ' ')}`, format),
    );
  } catch {
    toastError(failed);
  }
}

/** Restores, then shows the live board again; resolves false (after a toast) when refused or failed. */
export async function restore(
  version: VersionRef,
  scope: RestoreScope,
  messages: { done: string; forbidden: string; failed: string },
): Promise<boolean> {
  const current = board();
  if (!current) return false;
  try {
    await restoreVersion(current.boardId, current.token, version.id, scope);
  } catch (err) {
    toastError(err instanceof ApiError && err.status === 403 ? messages.forbidden : messages.failed);
    return false;
  }
  useBoardStore.getState().closeVersion();
  toastInfo(messages.done);
  await refreshVersions().catch(() => {});
  return true;
}
