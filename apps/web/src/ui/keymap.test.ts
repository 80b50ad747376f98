import { describe, expect, it } from 'vitest';
import { commandFor, type KeyInput, SHORTCUTS, shortcutLabel } from './keymap';

function key(k: string, extra: Partial<KeyInput> = {}): KeyInput {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inField: false, ...extra };
}
const edit = { canEdit: true };

describe('commandFor', () => {
  it('maps undo and both redo chords, with Ctrl or Cmd', () => {
    expect(commandFor(key('z', { ctrlKey: true }), edit)).toBe('undo');
    expect(commandFor(key('z', { metaKey: true }), edit)).toBe('undo');
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true }), edit)).toBe('redo');
    expect(commandFor(key('y', { ctrlKey: true }), edit)).toBe('redo');
  });

  it('treats letters typed in a field as text, but still closes with Escape', () => {
    expect(commandFor(key('t', { inField: true }), edit)).toBeNull();
    expect(commandFor(key('Backspace', { inField: true }), edit)).toBeNull();
    expect(commandFor(key('Escape', { inField: true }), edit)).toBe('escape');
  });

  it('offers no editing command on a view-only link', () => {
    const view = { canEdit: false };
    expect(commandFor(key('z', { ctrlKey: true }), view)).toBeNull();
    expect(commandFor(key('Delete'), view)).toBeNull();
    expect(commandFor(key('t'), view)).toBeNull();
    expect(commandFor(key('?', { shiftKey: true }), view)).toBe('help');
  });

  it('maps single letters only without modifiers', () => {
    expect(commandFor(key('t'), edit)).toBe('add-touchpoint');
    expect(commandFor(key('T', { shiftKey: true }), edit)).toBeNull();
    expect(commandFor(key('t', { ctrlKey: true }), edit)).toBeNull();
    expect(commandFor(key('t', { altKey: true }), edit)).toBeNull();
  });

  it('leaves the keys the canvas owns to the canvas, so nothing runs twice', () => {
    expect(commandFor(key('Delete'), edit)).toBeNull();
    expect(commandFor(key('d', { ctrlKey: true }), edit)).toBeNull();
    expect(commandFor(key('a', { ctrlKey: true }), edit)).toBeNull();
  });

  it('gives each key chord at most one command', () => {
    const chords = SHORTCUTS.map((s) => `${s.mod}-${s.shift}-${s.key.toLowerCase()}`);
    expect(new Set(chords).size).toBe(chords.length);
  });
});

describe('shortcutLabel', () => {
  it('writes chords for each platform', () => {
    const redo = SHORTCUTS.find((s) => s.command === 'redo' && s.shift)!;
    expect(shortcutLabel(redo, false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel(redo, true)).toBe('⌘⇧Z');
  });
});
