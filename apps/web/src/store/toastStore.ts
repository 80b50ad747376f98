import { create } from 'zustand';

/** Short messages at the bottom of the screen: errors mostly, and confirmations like "link copied". */
export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly message: string;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  readonly nextId: number;
  show(kind: Toast['kind'], message: string): void;
  dismiss(id: number): void;
}

const SHOWN_MS = 5000;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  nextId: 1,
  show(kind, message) {
    const id = get().nextId;
    set({ toasts: [...get().toasts.slice(-3), { id, kind, message }], nextId: id + 1 });
    setTimeout(() => get().dismiss(id), SHOWN_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export function toastError(message: string): void {
  useToastStore.getState().show('error', message);
}

export function toastInfo(message: string): void {
  useToastStore.getState().show('info', message);
}
