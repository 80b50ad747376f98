/**
 * Before the browser tests: the build made for them (`vite build --mode e2e` into dist-e2e/, with
 * the test hooks), built again only when the web app's sources changed (scripts/buildIfChanged.mjs).
 */
export default async function buildForBrowserTests(): Promise<void> {
  const script = new URL('../../../scripts/buildIfChanged.mjs', import.meta.url).href;
  const { buildIfChanged } = (await import(script)) as { buildIfChanged(name: string): Promise<boolean> };
  await buildIfChanged('web-e2e');
}
