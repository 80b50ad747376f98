import type { TFunction } from 'i18next';
import { ApiError, type ApiIssue, importBoard } from '../../api/boards';
import { openCreatedBoard } from './openCreatedBoard';

/** What the import takes: a Parcours JSON or a PNG exported by Parcours (the file inputs' accept). */
export const IMPORT_ACCEPT = '.json,application/json,.png,image/png,.zip,application/zip';

/** The file just picked in a file input, which is emptied so that picking the same file again imports it again. */
export function takePickedFile(input: HTMLInputElement): File | undefined {
  const file = input.files?.[0];
  input.value = '';
  return file;
}

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
    openCreatedBoard(created, file.name.replace(/\.(json|png|zip)$/i, ''));
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
