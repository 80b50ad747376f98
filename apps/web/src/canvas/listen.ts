type Handlers<M> = { [K in keyof M]?: (event: M[K]) => void };

/**
 * Adds event listeners, one per event type, and returns what removes them all (an effect's
 * cleanup): the list of events is written once, so a listener cannot be added and never removed.
 * `options` applies to each (`{ passive: false }` for a wheel handler that prevents the page's scroll).
 */
export function listen(
  target: HTMLElement,
  handlers: Handlers<HTMLElementEventMap>,
  options?: AddEventListenerOptions,
): () => void;
export function listen(
  target: Window,
  handlers: Handlers<WindowEventMap>,
  options?: AddEventListenerOptions,
): () => void;
export function listen(
  target: Document,
  handlers: Handlers<DocumentEventMap>,
  options?: AddEventListenerOptions,
): () => void;
export function listen(
  target: EventTarget,
  handlers: Record<string, ((event: never) => void) | undefined>,
  options?: AddEventListenerOptions,
): () => void {
  const entries = Object.entries(handlers).filter((entry): entry is [string, EventListener] => entry[1] !== undefined);
  for (const [type, handler] of entries) target.addEventListener(type, handler, options);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler, { capture: options?.capture });
  };
}
