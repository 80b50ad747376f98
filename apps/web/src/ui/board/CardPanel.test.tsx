// @vitest-environment happy-dom
import { addCard } from '@parcours/journey';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { CardPanel } from './CardPanel';

setupComponentTests();

function boardWithCard(role: 'edit' | 'view' | 'facilitator' = 'edit') {
  const board = openTestBoard({ role });
  const view = board.state().view!;
  const cell = { phaseId: view.phases[0]!.id, channelId: view.channels[0]!.id };
  const cardId = addCard(board.doc, { journeyId: board.journeyId, kind: 'touchpoint', text: 'Avis clients', cell });
  act(() => board.state().select([cardId]));
  const card = () => board.state().snapshot!.cards[cardId]!;
  return { board, view, card };
}

describe('CardPanel', () => {
  it('shows the selected card and writes what the participant changes through the model', () => {
    const { view, card } = boardWithCard();
    render(<CardPanel />);
    const panel = screen.getByRole('complementary', { name: 'Carte' });
    expect((within(panel).getByRole('textbox', { name: 'Texte' }) as HTMLTextAreaElement).value).toBe('Avis clients');
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Type' }), { target: { value: 'irritant' } });
    expect(card().kind).toBe('irritant');
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Canal' }), {
      target: { value: view.channels[1]!.id },
    });
    expect(card().channelId).toBe(view.channels[1]!.id);
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Phase' }), { target: { value: '' } });
    expect(card().phaseId).toBeNull();
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Moment clé' }));
    expect(card().keyMoment).toBe(true);
  });

  it("sets an irritant's severity from its segmented choice", () => {
    const { card } = boardWithCard();
    render(<CardPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'irritant' } });
    const severity = screen.getByRole('group', { name: 'Gravité' });
    fireEvent.click(within(severity).getByRole('radio', { name: 'Élevée' }));
    expect(card().severity).toBe(3);
    expect((within(severity).getByRole('radio', { name: 'Élevée' }) as HTMLInputElement).checked).toBe(true);
  });

  it('counts votes: one vote, then taken back', () => {
    const { card } = boardWithCard();
    render(<CardPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Voter' }));
    expect(card().votes['p-ana']).toBe(1);
    expect(screen.getByText('1 vote')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer un vote' }));
    expect(card().votes['p-ana'] ?? 0).toBe(0);
  });

  it('is read-only on a view link, and gives the facilitator alone the emotion of the card', () => {
    boardWithCard('view');
    const { unmount } = render(<CardPanel />);
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Voter' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByText('Émotion (animation)')).toBeNull();
    unmount();
    boardWithCard('facilitator');
    render(<CardPanel />);
    expect(screen.getAllByText('Émotion (animation)').length).toBeGreaterThan(0);
  });

  it('says how many cards are selected when there are several', () => {
    const { board } = boardWithCard();
    const other = addCard(board.doc, { journeyId: board.journeyId, kind: 'note', text: 'autre' });
    act(() => board.state().select([other], 'add'));
    render(<CardPanel />);
    expect(screen.getByText('2 cartes sélectionnées')).toBeTruthy();
  });
});
