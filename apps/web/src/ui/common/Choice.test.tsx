// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { Choice } from './Choice';

setupComponentTests();

const SEVERITIES = [
  { value: 1, label: 'Mineure' },
  { value: 2, label: 'Gênante' },
  { value: 3, label: 'Bloquante' },
] as const;

describe('Choice', () => {
  it('hands back the value picked, a number as a number', () => {
    const onChange = vi.fn();
    render(<Choice label="Gravité" value={2} options={SEVERITIES} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Gravité' }) as HTMLSelectElement;
    expect(select.value).toBe('2');
    expect([...select.options].map((o) => o.text)).toEqual(['Mineure', 'Gênante', 'Bloquante']);
    fireEvent.change(select, { target: { value: '3' } });
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('offers "none" first when the value may be unset, and hands back null for it', () => {
    const onChange = vi.fn();
    render(
      <Choice label="Gravité" title="Moyenne 2,0" value={null} none="—" options={SEVERITIES} onChange={onChange} />,
    );
    const select = screen.getByRole('combobox', { name: 'Gravité' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.title).toBe('Moyenne 2,0');
    expect(select.options[0]!.text).toBe('—');
    fireEvent.change(select, { target: { value: '1' } });
    expect(onChange).toHaveBeenLastCalledWith(1);
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('is disabled on request', () => {
    render(
      <Choice
        label="Statut"
        value="todo"
        disabled
        options={[{ value: 'todo', label: 'À faire' }]}
        onChange={() => {}}
      />,
    );
    expect((screen.getByRole('combobox', { name: 'Statut' }) as HTMLSelectElement).disabled).toBe(true);
  });
});
