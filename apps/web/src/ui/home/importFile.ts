import type { TFunction } from 'i18next';
import { ApiError, type ApiIssue, importBoard } from '../../api/boards';
import { openCreatedBoard } from './openCreatedBoard';

export interface ImportRefusal {
  readonly message: string;
  readonly issues: readonly ApiIssue[];
}

/**
 * Imports a Parcours JSON or PNG as a new board and opens it; else says why, the same from the home
 * page and from a board's menu: no network, too large, too many boards, or refused with the issues.
 */
export async function importFile(file: File, t: TFunction): Promise<ImportRefusal | null> {
  try {
    const created = await importBoard(file);
    openCreatedBoard(created, file.name.replace(/\.(json|png)$/i, ''));
    return null;
  } catch (error) {
    const status = error instanceof ApiError ? error.status : null;
    const message =
      status === 0
        ? t('errors.network')
        : status === 413
          ? t('import.tooLarge')
          : status === 429
            ? t('errors.tooManyBoards')
            : t('import.refused');
    return { message, issues: error instanceof ApiError ? error.issues : [] };
  }
}
