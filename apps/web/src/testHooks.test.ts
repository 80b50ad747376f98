/**
 * The browser tests' hooks (window.__parcours reads the board, window.__parcoursCanvas moves the
 * camera) exist in the build made for those tests only: production's dist/ holds none of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('..', import.meta.url));

async function build(name: 'web' | 'web-e2e'): Promise<void> {
  const script = new URL('../../../scripts/buildIfChanged.mjs', import.meta.url).href;
  const { buildIfChanged } = (await import(script)) as { buildIfChanged(name: string): Promise<boolean> };
  await buildIfChanged(name);
}

function filesHolding(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|html)$/.test(file))
    .filter((file) => readFileSync(join(dir, file), 'utf8').includes(needle));
}

describe('test hooks', () => {
  it('are in the browser tests build and not in the production bundle', async () => {
    await build('web');
    await build('web-e2e');
    // The needle finds the hooks where they are, so its absence from dist/ means something.
    expect(filesHolding(join(WEB, 'dist-e2e'), '__parcoursCanvas')).not.toEqual([]);
    expect(filesHolding(join(WEB, 'dist-e2e'), '__parcours')).not.toEqual([]);
    expect(filesHolding(join(WEB, 'dist'), '__parcours')).toEqual([]);
  });
});
