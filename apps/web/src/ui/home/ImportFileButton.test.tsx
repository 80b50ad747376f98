// @vitest-environment happy-dom
import { createBoardDoc, toJson } from '@parcours/journey';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useToastStore } from '../../store/toastStore';
import { startApiServer } from '../../testing/apiServer';
import { setupComponentTests } from '../../testing/componentTest';
import { ImportFileButton } from './ImportFileButton';

setupComponentTests();

/** Imports through the board page's menu button, against the real server (a 3,000-byte board limit). */
describe('ImportFileButton', () => {
  let server: { close(): Promise<void> };
  beforeAll(async () => {
    server = await startApiServer({ BOARD_MAX_BYTES: '3000' });
  }, 40_000);
  afterAll(() => server?.close());

  const pick = (name: string, content: string) => {
    render(<ImportFileButton />);
    const file = new File([content], name, { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-board-file'), { target: { files: [file] } });
  };
  const toasts = () => useToastStore.getState().toasts.map((toast) => toast.message);

  it('opens the imported board with its facilitator link', async () => {
    pick('Atelier.json', JSON.stringify(toJson(createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'blank' }))));
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/b\/[\w-]{22}$/));
  });

  it('says a file is too large, as the home page does, rather than refused', async () => {
    const map = toJson(createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' }));
    map.journeys[0]!.cards[0]!.text = 'x'.repeat(4_000);
    pick('Gros.json', JSON.stringify(map));
    await waitFor(() => expect(toasts()).toContain('Ce fichier est trop volumineux.'));
  });

  it('says where a broken file is wrong', async () => {
    pick('Cassé.json', JSON.stringify({ format: 'parcours.journey-map', version: 1 }));
    await waitFor(() =>
      expect(
        toasts().some((m) => m.startsWith("Ce fichier ne peut pas être importé ; aucun tableau n'a été créé. ")),
      ).toBe(true),
    );
  });
});
