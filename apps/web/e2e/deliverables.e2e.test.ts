/**
 * The workshop's deliverables from the File menu, as a facilitator gets them after a workshop: a
 * board created on the home page, a touchpoint typed on it, then *Fichier → Export PDF…* (A3
 * landscape: the downloaded file is parsed back and holds the card), *Copier le Markdown* (the
 * clipboard holds the GFM table with the card) and *Export Mermaid* (a journey diagram file).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardsOf, rectOnCanvas, snapshotOf } from './board';
import { createFromHome } from './fromHome';
import { newParticipant, OUTPUT_DIR, type Server, screenshot, useServerAndBrowser } from './harness';

async function pdfText(path: string): Promise<{ pages: number; width: number; height: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), disableFontFace: true, verbosity: 0 })
    .promise;
  try {
    const first = await doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += ` ${content.items.map((i) => ('str' in i ? i.str : '')).join(' ')}`;
    }
    return { pages: doc.numPages, width, height, text: text.replace(/\s+/g, ' ') };
  } finally {
    await doc.destroy();
  }
}

async function openFileMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fichier' }).click();
}

describe('deliverables', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('downloads a PDF of the journey and copies it as Markdown from the File menu', async () => {
    const { context, page } = await newParticipant(browser, 'Fanny');
    try {
      await createFromHome(page, server, 'Atelier livrables');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      // A touchpoint in the first cell: the cell picked on the canvas, the card added from the toolbar.
      const snapshot = (await snapshotOf(page))!;
      const byOrder = <T extends { order: string; id: string }>(items: T[]) =>
        items.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
      const cell = {
        phaseId: byOrder(Object.values(snapshot.phases))[0]!.id,
        channelId: byOrder(Object.values(snapshot.channels))[0]!.id,
      };
      const target = await rectOnCanvas(page, cell);
      await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
      await page.getByTestId('add-touchpoint').click();
      await page.keyboard.type('Reçoit le devis | en 2 jours');
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => (await cardsOf(page)).find((c) => c.text === 'Reçoit le devis | en 2 jours')?.phaseId)
        .toBe(cell.phaseId);

      // *Fichier → Export PDF…*: A3 landscape.
      await openFileMenu(page);
      await page.getByRole('menuitem', { name: 'Export PDF…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Exporter le parcours en PDF' });
      await dialog.waitFor();
      await dialog.getByText(/^Parcours exporté : Parcours d.achat/).waitFor();
      await dialog.getByText('A3', { exact: true }).click();
      await screenshot(page, 'deliverables-pdf-dialog');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Télécharger le PDF' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe('Atelier livrables.pdf');
      const path = join(OUTPUT_DIR, 'deliverables.pdf');
      await file.saveAs(path);
      await dialog.waitFor({ state: 'detached' });
      const pdf = await pdfText(path);
      expect(pdf.width).toBeCloseTo(1190.55, 1);
      expect(pdf.height).toBeCloseTo(841.89, 1);
      expect(pdf.text).toContain('Atelier livrables');
      expect(pdf.text).toContain('Reçoit le devis | en 2 jours');
      // A look at the map page as printed (poppler's pdftoppm, where installed).
      if (existsSync('/usr/bin/pdftoppm')) {
        execFileSync('pdftoppm', [
          '-r',
          '60',
          '-f',
          '2',
          '-l',
          '2',
          '-png',
          path,
          join(OUTPUT_DIR, 'deliverables-pdf'),
        ]);
      }

      // *Copier le Markdown*: the clipboard holds the GFM page, the card in its table, its pipe escaped.
      await openFileMenu(page);
      await screenshot(page, 'deliverables-file-menu');
      await page.getByRole('menuitem', { name: 'Copier le Markdown' }).click();
      await page.getByText('Markdown copié').waitFor();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown.startsWith('# Atelier livrables\n')).toBe(true);
      expect(markdown).toContain('| Canal | Point de contact | Fait | Pense | Ressent | Besoin | Émotion |');
      expect(markdown).toContain('Reçoit le devis \\| en 2 jours');

      // *Export Mermaid*: a journey diagram file with the card as a task.
      await openFileMenu(page);
      const [mermaid] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Export Mermaid' }).click(),
      ]);
      expect(mermaid.suggestedFilename()).toBe('Atelier livrables.mmd');
      const mmdPath = join(OUTPUT_DIR, 'deliverables.mmd');
      await mermaid.saveAs(mmdPath);
      const diagram = readFileSync(mmdPath, 'utf8');
      expect(diagram.startsWith('journey\n  title Atelier livrables\n')).toBe(true);
      expect(diagram).toMatch(/ {4}Reçoit le devis \| en 2 jours: 3: /);

      // The diagram renders with Mermaid itself, in the browser: the card is a task of its phase.
      const viewer = await context.newPage();
      await viewer.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
      await viewer.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
      const svg = await viewer.evaluate(async (text) => {
        const mermaid = (
          window as unknown as {
            mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> };
          }
        ).mermaid;
        mermaid.initialize({ startOnLoad: false });
        const { svg } = await mermaid.render('journey', text);
        document.getElementById('out')!.innerHTML = svg;
        return svg;
      }, diagram);
      const shown = await viewer.locator('#out svg').textContent();
      expect(shown).toContain('Reçoit le devis | en 2 jours');
      expect(shown).toContain('Recherche d’informations');
      expect(shown).toContain('Atelier livrables');
      expect(svg).not.toContain('Syntax error');
      await screenshot(viewer, 'deliverables-mermaid');
    } finally {
      await context.close();
    }
  });
});
