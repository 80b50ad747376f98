/**
 * The app runs under its own Content-Security-Policy (`script-src 'self'`, no eval, `connect-src
 * 'self'`) without one violation: a blocked `eval` probe (zod's, before '@parcours/journey/no-eval')
 * was reported on every page, and a report on every page hides the one that matters.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitConnected } from './board';
import { newParticipant, type Server, useServerAndBrowser } from './harness';

/** Records every CSP violation of the page's documents, from before their first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

describe('content security policy', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('reports no violation on the home page, a new board and its share dialog', async () => {
    const { context, page } = await newParticipant(browser, 'Camille');
    const violations = await watchViolations(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Nouveau tableau' }).waitFor();
    expect(await violations()).toEqual([]);

    await page.getByLabel('Titre').fill('Atelier CSP');
    await page.getByText("Parcours d'achat en 8 phases", { exact: true }).click();
    await page.getByRole('button', { name: 'Créer le tableau' }).click();
    await waitConnected(page);
    await page.getByTestId('add-note').click();
    await page.getByTestId('card-panel').getByLabel('Texte').fill('Sous CSP');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Partager' }).click();
    await page.keyboard.press('Escape');
    // A reload opens the board page directly, as a shared link does.
    await page.reload();
    await waitConnected(page);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
