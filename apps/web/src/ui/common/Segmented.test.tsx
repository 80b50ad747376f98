// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { Segmented } from './Segmented';

setupComponentTests();

function Paper(props: { disabled?: boolean }) {
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  return (
    <Segmented
      legend="Papier"
      name="paper"
      value={paper}
      disabled={props.disabled}
      options={[
        { value: 'A4', label: 'A4' },
        { value: 'A3', label: 'A3' },
      ]}
      onChange={setPaper}
    />
  );
}

describe('Segmented', () => {
  it('is a radio group named by its legend, the chosen one checked and shown active', () => {
    render(<Paper />);
    const group = screen.getByRole('group', { name: 'Papier' });
    const a3 = within(group).getByRole('radio', { name: 'A3' }) as HTMLInputElement;
    expect((within(group).getByRole('radio', { name: 'A4' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(a3);
    expect(a3.checked).toBe(true);
    expect(a3.closest('label')?.className).toBe('active');
    expect(within(group).getByRole('radio', { name: 'A4' }).closest('label')?.className).toBe('');
  });

  it('changes nothing when disabled', () => {
    render(<Paper disabled />);
    expect((screen.getByRole('radio', { name: 'A3' }) as HTMLInputElement).disabled).toBe(true);
  });
});
