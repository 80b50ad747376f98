// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setupComponentTests } from '../../testing/componentTest';
import { Panel } from './Panel';

setupComponentTests();

describe('Panel', () => {
  it('is a landmark named by its title, with an h2 title and a close button as a side panel', () => {
    const onClose = vi.fn();
    render(
      <Panel look="side-panel" className="history-panel" title="Historique" testId="history-panel" onClose={onClose}>
        <p>Versions</p>
      </Panel>,
    );
    const panel = screen.getByRole('complementary', { name: 'Historique' });
    expect(panel.className).toBe('side-panel history-panel');
    expect(panel.dataset.testid).toBe('history-panel');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Historique' })).toBeTruthy();
    expect(within(panel).getByText('Versions')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("is a facilitator's card with an h3 title, and says what it closes when told", () => {
    render(
      <Panel
        look="fac-card"
        title="Animation"
        testId="facilitator-panel"
        closeLabel="Fermer l'animation"
        onClose={() => {}}
      >
        <p>Minuteur</p>
      </Panel>,
    );
    const panel = screen.getByRole('complementary', { name: 'Animation' });
    expect(panel.className).toBe('fac-card');
    expect(panel.querySelector('header')?.className).toBe('fac-card-header');
    expect(within(panel).getByRole('heading', { level: 3, name: 'Animation' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: "Fermer l'animation" })).toBeTruthy();
  });
});
