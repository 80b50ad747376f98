// @vitest-environment happy-dom
import type { Cell } from '@parcours/journey';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openTestBoard, setupComponentTests } from '../../testing/componentTest';
import { CellSelect, cellAfterPick } from './CellSelect';

setupComponentTests();

const first = { phaseId: 'p1', channelId: 'c1' };

describe('cellAfterPick', () => {
  it('keeps the other coordinate of a placed card', () => {
    const card = { phaseId: 'p2', channelId: 'c3' };
    expect(cellAfterPick(card, { phaseId: 'p4' }, first)).toEqual({ phaseId: 'p4', channelId: 'c3' });
    expect(cellAfterPick(card, { channelId: 'c1' }, first)).toEqual({ phaseId: 'p2', channelId: 'c1' });
  });

  it('lands a card from the tray in the first phase or channel', () => {
    const card = { phaseId: null, channelId: null };
    expect(cellAfterPick(card, { phaseId: 'p4' }, first)).toEqual({ phaseId: 'p4', channelId: 'c1' });
    expect(cellAfterPick(card, { channelId: 'c2' }, first)).toEqual({ phaseId: 'p1', channelId: 'c2' });
  });

  it('sends the card to the tray when the tray is picked, or when the journey has no channel', () => {
    const card = { phaseId: 'p2', channelId: 'c3' };
    expect(cellAfterPick(card, { phaseId: '' }, first)).toBeNull();
    expect(cellAfterPick(card, { channelId: '' }, first)).toBeNull();
    const tray = { phaseId: null, channelId: null };
    expect(cellAfterPick(tray, { phaseId: 'p1' }, { phaseId: 'p1', channelId: undefined })).toBeNull();
  });
});

describe('CellSelect', () => {
  it("shows the card's phase, the tray first, and moves the card where the pick says", () => {
    const board = openTestBoard({ template: 'fr-purchase-8' });
    const view = board.state().view!;
    const card = { ...Object.values(board.state().snapshot!.cards)[0]!, phaseId: null, channelId: null };
    const onMove = vi.fn<(to: Cell | null) => void>();
    render(
      <CellSelect
        axis="phase"
        label="Phase"
        card={card}
        phases={view.phases}
        channels={view.channels}
        trayLabel="Non placée"
        disabled={false}
        onMove={onMove}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.text)).toEqual(['Non placée', ...view.phases.map((p) => p.name)]);
    fireEvent.change(select, { target: { value: view.phases[2]!.id } });
    expect(onMove).toHaveBeenCalledWith({ phaseId: view.phases[2]!.id, channelId: view.channels[0]!.id });
  });
});
