// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadParticipant, saveParticipant } from '../../store/participantIdentity';
import { setupComponentTests } from '../../testing/componentTest';
import { useNameGate } from './useNameGate';

setupComponentTests();

/** A page as BoardPage and PhonePage use the gate: the dialog instead of the page until named. */
function Page() {
  const name = useNameGate();
  if (name.dialog) return <div data-testid="blank">{name.dialog}</div>;
  return (
    <button type="button" onClick={name.rename}>
      {`Moi : ${name.participant.name}`}
    </button>
  );
}

function submitName(value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Votre nom' }), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Rejoindre le tableau' }));
}

describe('useNameGate', () => {
  beforeEach(() => localStorage.clear());

  it('asks a new device its name, without a way around it, then shows the page and keeps the name', () => {
    render(<Page />);
    expect(screen.getByTestId('blank')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fermer' })).toBeNull();
    submitName('  Ana  ');
    expect(screen.getByRole('button', { name: 'Moi : Ana' })).toBeTruthy();
    expect(loadParticipant()?.name).toBe('Ana');
  });

  it('lets a device that has a name in straight away', () => {
    saveParticipant({ name: 'Bruno', color: '#2563eb' });
    render(<Page />);
    expect(screen.queryByTestId('blank')).toBeNull();
    expect(screen.getByRole('button', { name: 'Moi : Bruno' })).toBeTruthy();
  });

  it('renames on request, keeping the id, and a cancelled rename keeps the old name', () => {
    const before = saveParticipant({ name: 'Bruno', color: '#2563eb' });
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Moi : Bruno' }));
    expect((screen.getByRole('textbox', { name: 'Votre nom' }) as HTMLInputElement).value).toBe('Bruno');
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.getByRole('button', { name: 'Moi : Bruno' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Moi : Bruno' }));
    submitName('Bruna');
    expect(screen.getByRole('button', { name: 'Moi : Bruna' })).toBeTruthy();
    expect(loadParticipant()).toEqual({ ...before, name: 'Bruna' });
  });
});
