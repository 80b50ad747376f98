/**
 * Phones for the end-to-end tests of the room (issue 18): browser contexts with Playwright's mobile
 * profiles (touch, a phone's viewport and user agent), each a participant with a name already
 * chosen, as newParticipant does for the desktop.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, devices, type Page } from 'playwright-core';

/** The profiles the phones cycle through; the last one is a 360 px wide Android phone, the narrowest we support. */
export const PHONE_PROFILES = [
  { name: 'iPhone 13', ...devices['iPhone 13'] },
  { name: 'Pixel 7', ...devices['Pixel 7'] },
  { name: 'Pixel 7 at 360 px', ...devices['Pixel 7'], viewport: { width: 360, height: 740 } },
] as const;

export interface Phone {
  readonly name: string;
  readonly profile: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

export async function newPhone(browser: Browser, name: string, index: number): Promise<Phone> {
  const { name: profile, defaultBrowserType: _engine, ...descriptor } = PHONE_PROFILES[index % PHONE_PROFILES.length]!;
  // Device pixel ratio 1: ten phones rendering at 3x would only slow a 2-core machine down.
  const context = await browser.newContext({ ...descriptor, deviceScaleFactor: 1, locale: 'fr-FR' });
  const participant = { id: `phone-${index}`, name, color: '#16a34a' };
  await context.addInitScript((value) => {
    if (!localStorage.getItem('parcours.participant')) localStorage.setItem('parcours.participant', value);
  }, JSON.stringify(participant));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { name, profile, context, page };
}

/** The accessibility violations of the page that axe-core rates serious or critical (WCAG 2.1 A and AA). */
export async function seriousViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
