import type { TFunction } from 'i18next';
import { toastError, toastInfo } from '../../store/toastStore';

/** Copies a share link, saying whether it worked (the share dialog's links, the facilitator's). */
export async function copyLink(url: string, t: TFunction): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    toastInfo(t('share.copied'));
  } catch {
    toastError(t('share.copyFailed'));
  }
}
