// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { ToggleButton } from './ToggleButton';

setupComponentTests();

function BigScreen() {
  const [on, setOn] = useState(false);
  return (
    <ToggleButton className="button" pressed={on} testId="big-screen" onToggle={() => setOn(!on)}>
      Grand écran
    </ToggleButton>
  );
}

describe('ToggleButton', () => {
  it('says and shows whether it is pressed, and toggles on each click', () => {
    render(<BigScreen />);
    const button = screen.getByRole('button', { name: 'Grand écran' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.className).toBe('button');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.className).toBe('button pressed');
    expect(button.dataset.testid).toBe('big-screen');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});
