// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { PersonaPanel } from './PersonaPanel';

setupComponentTests();

/** Types into a field and leaves it: DebouncedText writes on blur. */
function write(panel: HTMLElement, name: string, value: string) {
  const field = within(panel).getByRole('textbox', { name });
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('PersonaPanel', () => {
  it("creates the journey's persona and writes each field through the model", () => {
    const board = openTestBoard();
    render(<PersonaPanel />);
    const panel = screen.getByRole('complementary', { name: 'Persona' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Nouveau persona' }));
    const personaId = board.state().snapshot!.journeys[board.journeyId]!.personaId!;
    const persona = () => board.state().snapshot!.personas[personaId]!;
    expect(persona().name).toBe('Nouveau persona');

    write(panel, 'Nom', 'Camille');
    write(panel, 'Segment', 'Primo-accédante');
    write(panel, 'Description', 'Cherche un premier logement\nen ville');
    write(panel, 'Citation', 'Je veux comprendre');
    write(panel, 'Objectifs', ' Acheter \n\nVite ');
    write(panel, 'Frustrations', 'Les frais cachés');
    expect(persona()).toMatchObject({
      name: 'Camille',
      segment: 'Primo-accédante',
      description: 'Cherche un premier logement\nen ville',
      quote: 'Je veux comprendre',
      goals: ['Acheter', 'Vite'],
      frustrations: ['Les frais cachés'],
    });
    expect((within(panel).getByRole('textbox', { name: 'Nom' }) as HTMLInputElement).maxLength).toBe(200);
    expect((within(panel).getByRole('textbox', { name: 'Objectifs' }) as HTMLTextAreaElement).placeholder).toBe(
      'Un par ligne',
    );
  });

  it('is read-only on a view link', () => {
    openTestBoard({ role: 'view' });
    render(<PersonaPanel />);
    expect(screen.queryByRole('button', { name: 'Nouveau persona' })).toBeNull();
    expect((screen.getByRole('combobox', { name: 'Persona de ce parcours' }) as HTMLSelectElement).disabled).toBe(true);
  });
});
