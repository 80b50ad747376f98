// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { JourneySwitcher } from './JourneySwitcher';

setupComponentTests();

const titles = (board: ReturnType<typeof openTestBoard>) =>
  Object.values(board.state().snapshot!.journeys).map((j) => `${j.title}:${j.stage}`);

describe('JourneySwitcher', () => {
  it('adds a journey numbered after the others and shows it', () => {
    const board = openTestBoard();
    render(<JourneySwitcher />);
    fireEvent.click(screen.getByRole('button', { name: 'Actions sur les parcours' }));
    act(() => fireEvent.click(screen.getByRole('menuitem', { name: 'Nouveau parcours' })));
    expect(titles(board)).toContain('Parcours 2:as-is');
    const added = Object.values(board.state().snapshot!.journeys).find((j) => j.title === 'Parcours 2')!;
    expect(board.state().journeyId).toBe(added.id);
  });

  it('duplicates the journey on screen as a to-be journey with a title that says so, and switches back by its tab', () => {
    const board = openTestBoard();
    const first = board.journeyId;
    render(<JourneySwitcher />);
    fireEvent.click(screen.getByRole('button', { name: 'Actions sur les parcours' }));
    act(() => fireEvent.click(screen.getByRole('menuitem', { name: 'Dupliquer en parcours cible' })));
    expect(titles(board)).toContain('Parcours actuel (cible):to-be');
    expect(board.state().journeyId).not.toBe(first);
    expect(screen.getByText('cible')).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole('button', { name: /Parcours actuel$/ })));
    expect(board.state().journeyId).toBe(first);
  });

  it('deletes a journey only after confirmation, and never the last one', () => {
    const board = openTestBoard();
    render(<JourneySwitcher />);
    fireEvent.click(screen.getByRole('button', { name: 'Actions sur les parcours' }));
    expect((screen.getByRole('menuitem', { name: 'Supprimer ce parcours' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => fireEvent.click(screen.getByRole('menuitem', { name: 'Nouveau parcours' })));
    fireEvent.click(screen.getByRole('button', { name: 'Actions sur les parcours' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Supprimer ce parcours' }));
    expect(titles(board)).toHaveLength(2);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Supprimer' })));
    expect(titles(board)).toEqual(['Parcours actuel:as-is']);
  });

  it('offers no journey actions on a view link', () => {
    openTestBoard({ role: 'view' });
    render(<JourneySwitcher />);
    expect(screen.queryByRole('button', { name: 'Actions sur les parcours' })).toBeNull();
  });
});
