// @vitest-environment happy-dom
import { addAction, toPlanRows } from '@parcours/journey';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { PlanTable } from './PlanTable';

setupComponentTests();

function boardWithActions() {
  const board = openTestBoard();
  const add = (title: string, impact: number, effort: number, owner?: string) =>
    addAction(board.doc, { journeyId: board.journeyId, title, impact, effort, ...(owner ? { owner } : {}) });
  const ids = {
    slow: add('Étape 10 : réduire le délai', 5, 4, 'Logistique'),
    faq: add('étape 2 : FAQ retours', 4, 1),
    chat: add('Chat en soirée', 2, 2, 'Service client'),
  };
  const rows = () => toPlanRows(board.state().snapshot!, board.journeyId);
  return { board, ids, rows };
}

const shownTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => (within(row).getByRole('textbox', { name: 'Action' }) as HTMLInputElement).value);

describe('PlanTable', () => {
  it('lists quick wins first, then sorts by the column clicked, with its direction announced', () => {
    const { rows } = boardWithActions();
    render(<PlanTable rows={rows()} editable />);
    expect(shownTitles()[0]).toBe('étape 2 : FAQ retours');
    const action = screen.getByRole('columnheader', { name: 'Action' });
    fireEvent.click(within(action).getByRole('button'));
    expect(action.getAttribute('aria-sort')).toBe('ascending');
    // Titles as people read them: "étape 2" before "Étape 10".
    expect(shownTitles()).toEqual(['Chat en soirée', 'étape 2 : FAQ retours', 'Étape 10 : réduire le délai']);
    fireEvent.click(within(action).getByRole('button'));
    expect(action.getAttribute('aria-sort')).toBe('descending');
    expect(shownTitles()[0]).toBe('Étape 10 : réduire le délai');
  });

  it('filters by text, accents and case ignored, and by status', () => {
    const { board, ids, rows } = boardWithActions();
    const { rerender } = render(<PlanTable rows={rows()} editable />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filtrer les actions' }), { target: { value: 'DELAI' } });
    expect(shownTitles()).toEqual(['Étape 10 : réduire le délai']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filtrer les actions' }), { target: { value: '' } });
    const statusOf = (id: string) =>
      within(screen.getAllByRole('row').find((r) => shownTitleOf(r) === titleOf(id))!).getByRole('combobox', {
        name: 'Statut',
      });
    const shownTitleOf = (row: HTMLElement) =>
      (within(row).queryByRole('textbox', { name: 'Action' }) as HTMLInputElement | null)?.value;
    const titleOf = (id: string) => board.state().snapshot!.actions[id]!.title;
    fireEvent.change(statusOf(ids.chat), { target: { value: 'done' } });
    expect(board.state().snapshot!.actions[ids.chat]!.status).toBe('done');
    rerender(<PlanTable rows={rows()} editable />);
    fireEvent.change(screen.getAllByRole('combobox', { name: 'Statut' })[0]!, { target: { value: 'done' } });
    expect(shownTitles()).toEqual(['Chat en soirée']);
  });

  it('writes nothing from a view link', () => {
    const { rows } = boardWithActions();
    render(<PlanTable rows={rows()} editable={false} />);
    for (const select of screen.getAllByRole('combobox', { name: 'Impact' })) {
      expect((select as HTMLSelectElement).disabled).toBe(true);
    }
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });
});
