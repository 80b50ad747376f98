// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { ImportPicker } from './ImportPicker';

setupComponentTests();

describe('ImportPicker', () => {
  it('opens the file picker from its button and hands over the file picked, once', () => {
    const onPick = vi.fn();
    render(<ImportPicker label="Choisir un fichier" inputTestId="file" onPick={onPick} />);
    const input = screen.getByTestId('file') as HTMLInputElement;
    const opened = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Choisir un fichier' }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(input.accept).toContain('.json');
    expect(input.accept).toContain('.png');
    expect(input.accept).toContain('.zip');

    const file = new File(['{}'], 'Atelier.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onPick).toHaveBeenCalledWith(file);
    // Emptied, so that picking the same file again imports it again.
    expect(input.value).toBe('');
  });

  it('names its input on the home page, and hides it behind the button in a menu', () => {
    const { unmount } = render(
      <ImportPicker label="Choisir" inputTestId="file" inputLabel="Choisir un fichier" onPick={() => {}} />,
    );
    const named = screen.getByLabelText('Choisir un fichier');
    expect(named.getAttribute('aria-hidden')).toBeNull();
    expect(named.getAttribute('tabindex')).toBeNull();
    unmount();
    render(<ImportPicker label="Importer" inputTestId="file" role="menuitem" disabled onPick={() => {}} />);
    const input = screen.getByTestId('file');
    expect(input.getAttribute('aria-hidden')).toBe('true');
    expect(input.getAttribute('tabindex')).toBe('-1');
    expect((screen.getByRole('menuitem', { name: 'Importer' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
