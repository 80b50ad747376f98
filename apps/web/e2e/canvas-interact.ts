/**
 * Drives the canvas demo page with real mouse and keyboard events and prints what changed, saving
 * screenshots of each step under e2e/output/ (a manual check, not a test):
 *   cd apps/web && npx tsx e2e/canvas-interact.ts http://127.0.0.1:5188/
 * (serve the demo first with `npx tsx e2e/canvas-shots.ts serve`).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness';

const base = process.argv[2] ?? 'http://127.0.0.1:5188/';
const out = join(import.meta.dirname, 'output');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('dialog', (d) => void d.accept());
await page.goto(`${base}e2e/canvas-demo.html?cards=50&unplaced=2`);
await page.waitForFunction('window.__canvasDemo && window.__canvasDemo.firstPaintMs !== undefined');

type Box = { x: number; y: number; width: number; height: number };
const rectOf = (target: object) =>
  page.evaluate(`window.__parcoursCanvas.rectOf(${JSON.stringify(target)})`) as Promise<Box | null>;
const state = () =>
  page.evaluate('window.__canvasDemo.state()') as Promise<{
    snapshot: {
      cards: Record<string, { text: string; phaseId: string | null; channelId: string | null }>;
      phases: Record<string, { name: string }>;
    };
    selection: string[];
    editingCardId: string | null;
  }>;
const shot = (name: string) => page.screenshot({ path: join(out, `interact-${name}.png`) });
const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, shotName?: string) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  if (shotName) await shot(shotName);
  await page.mouse.up();
}

// 1. Double-click an empty spot of a cell: a card is created and edited in place.
const cell = (await rectOf({ phaseId: 'p4', channelId: 'c3' }))!;
await page.mouse.dblclick(cell.x + cell.width - 20, cell.y + cell.height - 10);
await page.waitForSelector('[data-testid="card-text-editor"]');
await page.keyboard.type('Nouveau point de contact\nsur deux lignes');
await shot('1-editing');
await page.keyboard.press('Control+Enter');
let s = await state();
const created = Object.entries(s.snapshot.cards).find(([, c]) => c.text.startsWith('Nouveau point'));
console.log('1 created', created?.[1], 'editing after finish:', s.editingCardId);

// 2. Drag it into another cell.
const id = created![0];
await drag(
  page,
  center((await rectOf({ cardId: id }))!),
  center((await rectOf({ phaseId: 'p2', channelId: 'c1' }))!),
  '2-dragging',
);
s = await state();
console.log('2 moved to', s.snapshot.cards[id]?.phaseId, s.snapshot.cards[id]?.channelId);
await shot('2-dropped');

// 3. Marquee over the first cell's cards.
const c11 = (await rectOf({ phaseId: 'p1', channelId: 'c1' }))!;
await drag(page, { x: c11.x + 3, y: c11.y + 3 }, { x: c11.x + c11.width - 3, y: c11.y + c11.height - 3 });
s = await state();
console.log('3 marquee selected', s.selection.length);
await shot('3-marquee');

// 4. Paste: a valid and an invalid clipboard.
const p5 = center((await rectOf({ phaseId: 'p5', channelId: 'c5' }))!);
await page.mouse.move(p5.x, p5.y);
const before = Object.keys(s.snapshot.cards).length;
const paste = (text: string) =>
  page.evaluate(
    `(() => { const d = new DataTransfer(); d.setData('text/plain', ${JSON.stringify(text)}); document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true })); })()`,
  );
await paste(
  JSON.stringify([
    { kind: 'irritant', text: 'Collé 1', severity: 3 },
    { kind: 'note', text: 'Collé 2' },
  ]),
);
s = await state();
console.log('4 paste added', Object.keys(s.snapshot.cards).length - before, 'selected', s.selection.length);
await paste('not cards');
await page.waitForSelector('[data-testid="canvas-message"]');
console.log(
  '4 invalid paste message:',
  await page.textContent('[data-testid="canvas-message"]'),
  'count',
  Object.keys((await state()).snapshot.cards).length - before,
);
await shot('4-paste-error');

// 5. Delete the pasted cards with the keyboard.
await page.keyboard.press('Delete');
console.log('5 after delete', Object.keys((await state()).snapshot.cards).length - before);

// 6. Rename a phase in place.
const header = center((await rectOf({ phaseId: 'p3' }))!);
await page.mouse.dblclick(header.x - 30, header.y);
await page.waitForSelector('[data-testid="header-name-editor"]');
await page.keyboard.press('Control+A');
await page.keyboard.type('Choix final');
await page.keyboard.press('Enter');
console.log('6 renamed', (await state()).snapshot.phases.p3?.name);

// 7. Reorder: drag phase p1's header after p3.
const h1 = center((await rectOf({ phaseId: 'p1' }))!);
const h3 = (await rectOf({ phaseId: 'p3' }))!;
await drag(page, { x: h1.x - 30, y: h1.y }, { x: h3.x + h3.width - 10, y: h3.y + 10 }, '7-header-drag');
const order = Object.entries((await state()).snapshot.phases as Record<string, { order: string; name: string }>)
  .sort((a, b) => (a[1].order < b[1].order ? -1 : 1))
  .map(([pid]) => pid);
console.log('7 phase order', order.join(' '));

// 8. Zoom keys and the zoom label.
await page.keyboard.press('Shift+Digit0');
console.log('8 zoom after Shift+0', await page.textContent('[data-testid="zoom-level"]'));
await page.keyboard.press('Shift+Digit1');
console.log('8 zoom after Shift+1', await page.textContent('[data-testid="zoom-level"]'));
await shot('8-fit');

// 9. View-only: double-click creates nothing.
const view = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await view.goto(`${base}e2e/canvas-demo.html?cards=50&role=view`);
await view.waitForFunction('window.__canvasDemo && window.__canvasDemo.firstPaintMs !== undefined');
const count = async () =>
  (await view.evaluate('Object.keys(window.__canvasDemo.state().snapshot.cards).length')) as number;
const n0 = await count();
const vc = (await view.evaluate(`window.__parcoursCanvas.rectOf({ phaseId: 'p4', channelId: 'c3' })`)) as Box;
await view.mouse.dblclick(vc.x + vc.width - 20, vc.y + vc.height - 10);
console.log(
  '9 view-only created',
  (await count()) - n0,
  'editor shown',
  (await view.$('[data-testid="card-text-editor"]')) !== null,
);
await view.screenshot({ path: join(out, 'interact-9-view.png') });
await browser.close();
