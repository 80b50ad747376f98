/**
 * Each language's strings are a chunk fetched on demand (apps/web/src/i18n/index.ts): a page opens
 * with the strings of its language only; switching language fetches the other one, and when that
 * cannot be fetched (offline) the page stays in its language and says why.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newParticipant, type Server, useServerAndBrowser } from './harness';

describe('the strings of one language at a time', () => {
  let server: Server;
  let browser: Browser;
  useServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it('switches language on the home page, and says so when the other language cannot be fetched', async () => {
    const { context, page } = await newParticipant(browser, null, { viewport: { width: 1280, height: 720 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Créer le tableau' }).waitFor();
    expect(scripts.some((s) => s.includes('/strings.fr-'))).toBe(true);
    expect(scripts.some((s) => s.includes('/strings.en-'))).toBe(false);

    // Offline, English cannot be fetched: still French, and a message.
    await context.setOffline(true);
    const language = page.getByRole('combobox', { name: 'Langue' });
    await language.selectOption('en');
    await page.getByText('Impossible de charger cette partie de l’application').waitFor();
    expect(await language.inputValue()).toBe('fr');
    await page.getByRole('button', { name: 'Créer le tableau' }).waitFor();

    // Back online, English comes.
    await context.setOffline(false);
    await language.selectOption('en');
    await page.getByRole('button', { name: 'Create board' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
