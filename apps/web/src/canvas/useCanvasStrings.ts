import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The canvas's words (i18n/canvas.*.json), as the rest of the app's: `strings('copied', { count })`. */
export type CanvasStrings = TFunction<'canvas'>;

/** The canvas's words in the interface language the participant chose. */
export function useCanvasStrings(): CanvasStrings {
  return useTranslation('canvas').t;
}
