import { useEffect } from 'react';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { commandFor, isTextField, type ShellCommand } from '../keymap';
import { addCardOfKind, voteSelection } from './boardActions';

const HANDLERS: Record<ShellCommand, () => void> = {
  undo: () => useBoardStore.getState().undo(),
  redo: () => useBoardStore.getState().redo(),
  'add-touchpoint': () => addCardOfKind('touchpoint'),
  'add-irritant': () => addCardOfKind('irritant'),
  'add-enchantment': () => addCardOfKind('enchantment'),
  'add-note': () => addCardOfKind('note'),
  vote: voteSelection,
  'toggle-persona': () => {
    const state = useBoardStore.getState();
    state.setPanel(state.panel === 'persona' ? null : 'persona');
  },
  share: () => useBoardStore.getState().setDialog('share'),
  help: () => {
    const state = useBoardStore.getState();
    state.setDialog(state.dialog === 'help' ? null : 'help');
  },
  escape: () => {
    const state = useBoardStore.getState();
    if (state.dialog) return; // the <dialog> closes itself
    const active = document.activeElement;
    if (isTextField(active)) (active as HTMLElement).blur();
    else if (state.selection.size === 0) state.setPanel(null);
  },
};

/** The board page's keyboard shortcuts (see keymap.ts); the canvas handles its own keys first. */
export function useKeymap(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const state = useBoardStore.getState();
      // Inside a modal dialog only Escape means something, and the browser handles it.
      if (state.dialog && event.key !== '?') return;
      // A card's text editor about to take the focus counts as a field: letters are its text.
      const inField = isTextField(event.target) || state.editingCardId !== null;
      const command = commandFor(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          inField,
        },
        { canEdit: canEdit(state.role) && !state.error },
      );
      if (!command) return;
      // Undo inside a text field is the field's own undo, until it is written to the board.
      if (inField && (command === 'undo' || command === 'redo')) return;
      event.preventDefault();
      if (command in HANDLERS) HANDLERS[command as ShellCommand]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
