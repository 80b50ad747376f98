// @vitest-environment happy-dom
import { renameBoard } from '@parcours/journey';
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { useBoardTitle } from './useBoardTitle';

setupComponentTests();

function Page() {
  useBoardTitle();
  return null;
}

describe('useBoardTitle', () => {
  it('names the tab after the board, follows a rename, and gives the tab back once the page is left', () => {
    const board = openTestBoard();
    const { unmount } = render(<Page />);
    expect(document.title).toBe('Atelier · Parcours');
    act(() => renameBoard(board.doc, { title: 'Atelier SAV' }));
    expect(document.title).toBe('Atelier SAV · Parcours');
    unmount();
    expect(document.title).toBe('Parcours');
  });
});
