/**
 * Rewrites src/templates/fixtures/templates.json, what templates.test.ts expects the templates to build. Only when a
 * template changes on purpose: `pnpm --filter @parcours/journey exec tsx scripts/writeTemplatesFixture.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templatesGolden } from '../src/templates/templatesGolden';

const target = fileURLToPath(new URL('../src/templates/fixtures/templates.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(templatesGolden(), null, 2)}\n`);
console.log(`wrote ${target}`);
