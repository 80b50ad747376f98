// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useToastStore } from '../../store/toastStore';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { ShareDialog } from './ShareDialog';

setupComponentTests();

const link = (name: string) => (screen.getByRole('textbox', { name }) as HTMLInputElement).value;

describe('ShareDialog', () => {
  it('gives each link from its own token, never the facilitator token in the address bar', () => {
    const board = openTestBoard({ role: 'facilitator' });
    board.state().patch({ tokens: { edit: 'EDIT', view: 'VIEW', current: 'FACIL' } });
    render(<ShareDialog />);
    expect(link("Lien d'édition")).toBe(`${window.location.origin}/b/board-1?token=EDIT`);
    expect(link('Lien de lecture seule')).toBe(`${window.location.origin}/b/board-1?token=VIEW`);
  });

  it('shows an editor their own link as the edit link, and says whom to ask for a link it does not know', () => {
    const board = openTestBoard({ role: 'edit' });
    board.state().patch({ tokens: { current: 'MINE' } });
    render(<ShareDialog />);
    expect(link("Lien d'édition")).toBe(`${window.location.origin}/b/board-1?token=MINE`);
    expect(screen.getByText('Demandez ce lien à la personne qui anime l’atelier.')).toBeTruthy();
  });

  it('says the links will come once connected, while the server has not answered', () => {
    const board = openTestBoard({ role: 'facilitator' });
    board.state().patch({ tokens: { current: 'FACIL' }, connection: 'connecting' });
    render(<ShareDialog />);
    expect(screen.getAllByText('Ce lien s’affichera une fois la connexion au serveur établie.')).toHaveLength(3); // edit, comment, view
  });

  it('copies a link and says so', async () => {
    const board = openTestBoard({ role: 'facilitator' });
    board.state().patch({ tokens: { edit: 'EDIT', view: 'VIEW', current: 'FACIL' } });
    render(<ShareDialog />);
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Copier' })[1]!));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/b/board-1?token=VIEW`);
    expect(useToastStore.getState().toasts.map((toast) => toast.message)).toContain('Lien copié');
  });
});
