import { useEffect, useState } from 'react';

/**
 * A module loaded on demand and rendered without Suspense. React 19 holds back a Suspense
 * boundary's content for about 300 ms after its fallback appeared (reveal throttling): fine for a
 * menu, a visible delay on the way to the board's first paint. Here the chunk starts loading as
 * early as we like (`load()`), and the component renders the moment it is there.
 */
export interface OnDemand<T> {
  /** Starts loading (once); resolves with the module's export. */
  load(): Promise<T>;
  /** The export, once loaded. */
  current(): T | null;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load() {
      pending ??= importer().then(
        (loaded) => {
          value = loaded;
          return loaded;
        },
        (error: unknown) => {
          pending = null; // a later attempt (reload of the view, back online) may succeed
          throw error;
        },
      );
      return pending;
    },
    current: () => value,
  };
}

export type OnDemandState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/** Loads `module` if needed and re-renders when it is there (or failed: a new deployment, offline). */
export function useOnDemand<T>(module: OnDemand<T>): OnDemandState<T> {
  const [state, setState] = useState<OnDemandState<T>>(() => {
    const value = module.current();
    return value === null ? { status: 'loading' } : { status: 'ready', value };
  });
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    module.load().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [module, state.status]);
  return state;
}
