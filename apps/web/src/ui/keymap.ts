/**
 * Every keyboard shortcut, in one table: the help dialog lists them all; the board page dispatches
 * the shell's, and the canvas (src/canvas/useCanvasKeys.ts) handles those marked `canvas` itself.
 */
/** What the board page's keymap runs (board/useKeymap.ts). */
export type ShellCommand =
  | 'undo'
  | 'redo'
  | 'add-touchpoint'
  | 'add-irritant'
  | 'add-enchantment'
  | 'add-note'
  | 'vote'
  | 'toggle-persona'
  | 'share'
  | 'help'
  | 'escape';

/** What the canvas handles itself (canvas/useCanvasKeys.ts); listed for the help dialog. */
export type CanvasCommand =
  | 'delete'
  | 'duplicate'
  | 'select-all'
  | 'edit-text'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-fit'
  | 'zoom-100'
  | 'pan';

export type Command = ShellCommand | CanvasCommand;

export interface Shortcut {
  readonly command: Command;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  /** KeyboardEvent.key, compared case-insensitively. */
  readonly key: string;
  /** Also fires while typing in a field (only Escape and undo/redo do). */
  readonly inFields?: boolean;
  /** Changes the board: not available on a view-only link. */
  readonly edits?: boolean;
  /** Handled by the canvas, listed here for the help dialog only. */
  readonly canvas?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'undo', mod: true, key: 'z', edits: true },
  { command: 'redo', mod: true, shift: true, key: 'z', edits: true },
  { command: 'redo', mod: true, key: 'y', edits: true },
  { command: 'delete', key: 'Delete', edits: true, canvas: true },
  { command: 'delete', key: 'Backspace', edits: true, canvas: true },
  { command: 'duplicate', mod: true, key: 'd', edits: true, canvas: true },
  { command: 'add-touchpoint', key: 't', edits: true },
  { command: 'add-irritant', key: 'i', edits: true },
  { command: 'add-enchantment', key: 'e', edits: true },
  { command: 'add-note', key: 'n', edits: true },
  { command: 'vote', key: 'v', edits: true },
  { command: 'toggle-persona', key: 'p' },
  { command: 'share', mod: true, shift: true, key: 's' },
  { command: 'help', key: '?' },
  { command: 'escape', key: 'Escape', inFields: true },
  { command: 'select-all', mod: true, key: 'a', canvas: true },
  { command: 'edit-text', key: 'Enter', edits: true, canvas: true },
  { command: 'copy', mod: true, key: 'c', canvas: true },
  { command: 'cut', mod: true, key: 'x', edits: true, canvas: true },
  { command: 'paste', mod: true, key: 'v', edits: true, canvas: true },
  { command: 'zoom-in', key: '+', canvas: true },
  { command: 'zoom-out', key: '-', canvas: true },
  { command: 'zoom-fit', shift: true, key: '!', canvas: true },
  { command: 'zoom-100', shift: true, key: ')', canvas: true },
  { command: 'pan', key: ' ', canvas: true },
];

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The event happened in a text field: letters are typing, not commands. */
  readonly inField: boolean;
}

/** The command a key press means, or null. `?` needs Shift on most layouts, so Shift is ignored for it. */
export function commandFor(input: KeyInput, options: { canEdit: boolean }): Command | null {
  if (input.altKey) return null;
  const mod = input.ctrlKey || input.metaKey;
  for (const s of SHORTCUTS) {
    if (s.canvas) continue;
    if (s.key.length === 1 ? input.key.toLowerCase() !== s.key : input.key !== s.key) continue;
    if (Boolean(s.mod) !== mod) continue;
    if (s.key !== '?' && Boolean(s.shift) !== input.shiftKey) continue;
    if (input.inField && !s.inFields) continue;
    if (s.edits && !options.canEdit) continue;
    return s.command;
  }
  return null;
}

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(type);
}

/** Keys whose name differs from their character; Shift+1 / Shift+0 are named by digit, as printed on keys. */
const KEY_NAMES: Record<string, string> = { Escape: 'Esc', ' ': 'Space', '!': '1', ')': '0' };

/** "Ctrl+Shift+Z" / "⌘⇧Z" for the help dialog and tooltips. */
export function shortcutLabel(s: Shortcut, mac: boolean): string {
  const key = KEY_NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (mac) return `${s.mod ? '⌘' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod ? 'Ctrl' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export function shortcutsOf(command: Command): Shortcut[] {
  return SHORTCUTS.filter((s) => s.command === command);
}
