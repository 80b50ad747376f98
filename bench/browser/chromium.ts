/**
 * Debian's chromium through playwright-core, with the flags of the brief: headless, software
 * rendering (--disable-gpu), no network beyond what the page asks for on 127.0.0.1.
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * A browser context for bench pages. The bench runs under tsx, whose esbuild transform wraps
 * named functions in a `__name(...)` helper; the callbacks we hand to `page.evaluate` carry those
 * calls into the page, so the page gets the same (identity) helper first.
 */
export async function newBenchContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
