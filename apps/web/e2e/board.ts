/**
 * Reading a page's board state through the app's read-only probe (window.__parcours) and the
 * canvas's (window.__parcoursCanvas), with bounded waits. Writing always goes through the real UI.
 */
import type { Card, Snapshot } from '@parcours/journey';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ParcoursProbe } from '../src/sync/testHook';

/** The probe's state as the tests read it: peers with their name and cursor. */
export type ProbeState = Omit<ReturnType<ParcoursProbe['state']>, 'peers'> & {
  peers: { user: { name: string }; cursor: { x: number; y: number } | null }[];
};

export function snapshotOf(page: Page): Promise<Snapshot | null> {
  return page.evaluate(
    () => (window as unknown as { __parcours: { snapshot(): unknown } }).__parcours.snapshot() as never,
  );
}

export function stateOf(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as unknown as { __parcours: { state(): unknown } }).__parcours.state() as never);
}

export async function cardsOf(page: Page): Promise<Card[]> {
  const snapshot = await snapshotOf(page);
  return snapshot ? Object.values(snapshot.cards) : [];
}

/** Waits until the board is loaded and synced with the server. */
export async function waitConnected(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __parcours?: { state(): { connection: string }; snapshot(): unknown } })
        .__parcours;
      return probe?.state().connection === 'connected' && probe.snapshot() !== null;
    },
    null,
    { timeout: 30_000 },
  );
}

/**
 * The canvas rectangle of a target in viewport pixels; with `reveal`, the camera first pans to it
 * (which moves everything else: take the other rectangles after).
 */
export async function rectOnCanvas(
  page: Page,
  target: Record<string, unknown>,
  reveal = false,
): Promise<{ x: number; y: number; width: number; height: number }> {
  // The canvas is loaded on demand: its hook appears a little after the board is connected.
  await page.waitForFunction(() => '__parcoursCanvas' in window, null, { timeout: 30_000 });
  return page.evaluate(
    ([t, pan]) => {
      const hook = (
        window as unknown as { __parcoursCanvas?: { reveal(t: unknown): boolean; rectOf(t: unknown): unknown } }
      ).__parcoursCanvas;
      if (!hook) throw new Error('canvas test hook missing');
      if (pan) hook.reveal(t);
      const rect = hook.rectOf(t);
      if (!rect) throw new Error(`nothing on the canvas at ${JSON.stringify(t)}`);
      return rect as { x: number; y: number; width: number; height: number };
    },
    [target, reveal] as const,
  );
}

/** The updates y-indexeddb holds for the board on this device (what reopening it offline would read). */
export async function storedUpdates(page: Page, boardId: string): Promise<Uint8Array[]> {
  const rows = await page.evaluate(
    (name) =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Uint8Array[]).map((update) => Array.from(update)));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    `parcours-board-${boardId}`,
  );
  return rows.map((row) => Uint8Array.from(row));
}

/** How many updates the board's IndexedDB copy holds (y-indexeddb's `updates` store) on this page's device. */
export async function storedUpdateCount(page: Page, boardId: string): Promise<number> {
  return (await storedUpdates(page, boardId)).length;
}

/** The links the share dialog shows, read from its fields as a person would copy them (null: not shown). */
export interface SharedLinks {
  edit: string | null;
  view: string | null;
  facilitator: string | null;
  /** A reviewer's link: read the board and comment. */
  comment: string | null;
}

/** Opens *Partager*, reads every link field, closes the dialog. */
export async function readShareDialog(page: Page): Promise<SharedLinks> {
  await page.getByRole('button', { name: 'Partager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Partager le tableau' });
  await dialog.waitFor();
  const read = async (label: string) => {
    const field = dialog.getByRole('textbox', { name: label, exact: true });
    return (await field.count()) === 0 ? null : field.inputValue();
  };
  // On a device that did not create the board, the links arrive with the server's /access answer.
  await expect.poll(() => read('Lien de lecture seule')).not.toBeNull();
  const links = {
    edit: await read("Lien d'édition"),
    view: await read('Lien de lecture seule'),
    facilitator: await read("Lien d'animation"),
    comment: await read('Lien de commentaire'),
  };
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return links;
}

/**
 * Creates a board the way a person does: home page, title, template, *Créer le tableau*. The page
 * lands on the board as its facilitator (the participant must already have a name). Returns its id.
 */
export async function createBoardFromHome(
  page: Page,
  serverUrl: string,
  options: { title: string; template?: string },
): Promise<string> {
  await page.goto(serverUrl);
  await page.getByLabel('Titre').fill(options.title);
  if (options.template) await page.getByText(options.template, { exact: true }).click();
  await page.getByRole('button', { name: 'Créer le tableau' }).click();
  await waitConnected(page);
  return new URL(page.url()).pathname.split('/').at(-1)!;
}
