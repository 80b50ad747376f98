import { useSyncExternalStore } from 'react';

/**
 * Which screen a board opens in on this device: the canvas ('board') or the phone view ('phone').
 * Automatic until the person picks one from a menu (kept on this device for every board): the phone
 * view on a narrow touch screen, the canvas elsewhere.
 */
export type Screen = 'phone' | 'board';

const KEY = 'parcours.screen';
const CHANGED = 'parcours-screen';
/** Portrait phones up to large ones (430 px), and small tablets held upright, with a finger. */
const NARROW_TOUCH = '(max-width: 600px) and (pointer: coarse)';

export function savedScreen(storage: Pick<Storage, 'getItem'> = localStorage): Screen | null {
  const value = storage.getItem(KEY);
  return value === 'phone' || value === 'board' ? value : null;
}

export function currentScreen(): Screen {
  return savedScreen() ?? (window.matchMedia?.(NARROW_TOUCH).matches ? 'phone' : 'board');
}

/** The person's choice from a menu: kept, and every open page switches at once. */
export function chooseScreen(screen: Screen): void {
  localStorage.setItem(KEY, screen);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(NARROW_TOUCH);
  media?.addEventListener('change', onChange);
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    media?.removeEventListener('change', onChange);
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, currentScreen);
}
