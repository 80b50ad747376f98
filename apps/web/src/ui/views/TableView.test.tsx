// @vitest-environment happy-dom
import { addCard, setChannelLane } from '@parcours/journey';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { TableView } from './TableView';

setupComponentTests();

/** A board from the 8-phase template with one card in its first cell. */
function boardWithCard() {
  const board = openTestBoard({ template: 'fr-purchase-8' });
  const view = board.state().view!;
  const cell = { phaseId: view.phases[0]!.id, channelId: view.channels[0]!.id };
  addCard(board.doc, { journeyId: board.journeyId, kind: 'touchpoint', text: 'Avis clients', cell });
  return { board, view };
}

const classes = (cells: readonly Element[]) => cells.map((cell) => cell.className.split(' ')[0]);

describe('TableView', () => {
  it('puts every cell of a row under its own column header', () => {
    boardWithCard();
    render(<TableView />);
    const table = screen.getByTestId('views-table');
    const headers = within(table).getAllByRole('columnheader');
    const row = within(table).getAllByRole('row')[1]!;
    expect(classes(within(row).getAllByRole('cell'))).toEqual(classes(headers));
    expect(headers.map((h) => h.textContent?.replace(/ [↑↓]$/, ''))).toEqual([
      'Type',
      'Texte',
      'Phase',
      'Canal',
      'Fait',
      'Pense',
      'Ressent',
      'Besoin',
      'Objectif',
      'Service',
      'Émotion',
      'Moment clé',
      'Votes',
      'CSAT',
      'NPS',
      'CES',
      'Verbatims',
      'Gravité',
      'Commentaires',
    ]);
  });

  it('shows the lane column of a service blueprint, its cells aligned too', () => {
    const { board, view } = boardWithCard();
    setChannelLane(board.doc, { channelId: view.channels[0]!.id, lane: 'backstage' });
    render(<TableView />);
    const table = screen.getByTestId('views-table');
    const headers = within(table).getAllByRole('columnheader');
    expect(classes(headers)).toContain('col-lane');
    expect(classes(within(within(table).getAllByRole('row')[1]!).getAllByRole('cell'))).toEqual(classes(headers));
  });

  it('sorts scores largest first and texts in reading order on the first click', () => {
    openTestBoard({ template: 'fr-purchase-8' });
    render(<TableView />);
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    fireEvent.click(within(header('Votes')).getByRole('button'));
    expect(header('Votes').getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header('Moment clé')).getByRole('button'));
    expect(header('Moment clé').getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header('Besoin')).getByRole('button'));
    expect(header('Besoin').getAttribute('aria-sort')).toBe('ascending');
  });

  it("writes a card's kind, severity and the facilitator's emotion through the model, numbers as numbers", () => {
    const board = openTestBoard({ role: 'facilitator', template: 'fr-purchase-8' });
    const view = board.state().view!;
    const cell = { phaseId: view.phases[0]!.id, channelId: view.channels[0]!.id };
    const cardId = addCard(board.doc, { journeyId: board.journeyId, kind: 'touchpoint', text: 'Avis clients', cell });
    render(<TableView />);
    const row = within(screen.getByTestId('views-table'))
      .getAllByRole('row')
      .find((r) => r.dataset.cardId === cardId)!;
    const card = () => board.state().snapshot!.cards[cardId]!;
    fireEvent.change(within(row).getByRole('combobox', { name: 'Type' }), { target: { value: 'irritant' } });
    fireEvent.change(within(row).getByRole('combobox', { name: 'Gravité' }), { target: { value: '3' } });
    fireEvent.change(within(row).getByRole('combobox', { name: 'Émotion' }), { target: { value: '-2' } });
    expect(card()).toMatchObject({ kind: 'irritant', severity: 3, emotion: -2 });
    fireEvent.change(within(row).getByRole('combobox', { name: 'Gravité' }), { target: { value: '' } });
    fireEvent.change(within(row).getByRole('combobox', { name: 'Émotion' }), { target: { value: '' } });
    expect(card().severity ?? null).toBeNull();
    expect(card().emotion ?? null).toBeNull();
  });
});
