// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { FacSection } from './FacSection';

setupComponentTests();

describe('FacSection', () => {
  it('is a region named by its h3 title, holding its controls', () => {
    render(
      <>
        <FacSection id="fac-lock" title="Structure">
          <button type="button">Verrouiller</button>
        </FacSection>
        <FacSection id="fac-timer" title="Minuteur">
          <button type="button">Démarrer</button>
        </FacSection>
      </>,
    );
    const lock = screen.getByRole('region', { name: 'Structure' });
    expect(within(lock).getByRole('heading', { level: 3, name: 'Structure' })).toBeTruthy();
    expect(within(lock).getByRole('button', { name: 'Verrouiller' })).toBeTruthy();
    expect(within(lock).queryByRole('button', { name: 'Démarrer' })).toBeNull();
    expect(lock.className).toBe('fac-section');
  });
});
