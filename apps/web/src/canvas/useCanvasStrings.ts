import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../store/boardStore';
import { type CanvasStrings, canvasStrings } from './strings';

/**
 * The canvas's words in the interface language the participant chose (the shell's i18next), or in
 * the board's language when no interface language is set up (e.g. the canvas demo page).
 */
export function useCanvasStrings(): CanvasStrings {
  const { i18n } = useTranslation();
  const boardLocale = useBoardStore((s) => s.snapshot?.board.locale);
  const language = i18n?.language;
  return useMemo(() => {
    if (language?.startsWith('en')) return canvasStrings('en');
    if (language?.startsWith('fr')) return canvasStrings('fr');
    return canvasStrings(boardLocale);
  }, [language, boardLocale]);
}
