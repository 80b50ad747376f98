import { useSyncExternalStore } from 'react';

/** The two screens of the app. A tiny router: the URL is the state, history events notify. */
export type Route =
  | { name: 'home' }
  | { name: 'board'; boardId: string; token: string | null }
  | { name: 'join'; code: string | null }
  | { name: 'notFound' };

export function toRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const match = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  if (match) return { name: 'board', boardId: match[1]!, token: new URLSearchParams(search).get('token') };
  // Joining by the short code shown beside the QR code: /j, or /j/K7QM-XR4P.
  const join = /^\/j(?:\/([A-Za-z0-9 %-]{1,32}))?\/?$/.exec(pathname);
  if (join) return { name: 'join', code: join[1] ? safeDecode(join[1]) : null };
  return { name: 'notFound' };
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

export function boardPath(boardId: string, token: string): string {
  return `/b/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

export function useRoute(): Route {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const [pathname, search = ''] = url.split('?');
  return toRoute(pathname ?? '/', search ? `?${search}` : '');
}
