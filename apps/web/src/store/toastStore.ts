import { create } from 'zustand';

/** Short messages at the bottom of the screen: errors mostly, and confirmations like "link copied". */
export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly message: string;
  /** Stays until closed: for what the person must not miss (a refused change). */
  readonly sticky?: boolean;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  readonly nextId: number;
  show(kind: Toast['kind'], message: string, options?: { sticky?: boolean }): void;
  dismiss(id: number): void;
}

const SHOWN_MS = 5000;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  nextId: 1,
  show(kind, message, options) {
    const id = get().nextId;
    const sticky = options?.sticky === true;
    set({ toasts: [...get().toasts.slice(-3), { id, kind, message, sticky }], nextId: id + 1 });
    if (!sticky) setTimeout(() => get().dismiss(id), SHOWN_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export function toastError(message: string, options?: { sticky?: boolean }): void {
  useToastStore.getState().show('error', message, options);
}

export function toastInfo(message: string): void {
  useToastStore.getState().show('info', message);
}
