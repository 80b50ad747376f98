/** Regenerates schema/journey-map.v1.json from src/schema.ts: `pnpm --filter @parcours/journey schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJourneyMapJsonSchemaText } from '../src/format/jsonSchema';

const target = fileURLToPath(new URL('../schema/journey-map.v1.json', import.meta.url));
writeFileSync(target, toJourneyMapJsonSchemaText());
console.log(`wrote ${target}`);
