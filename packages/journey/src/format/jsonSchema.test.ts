import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJourneyMapJsonSchemaText } from './jsonSchema';

describe('schema/journey-map.v1.json', () => {
  it('is what scripts/writeSchema.ts generates from src/schema.ts (run `pnpm --filter @parcours/journey schema`)', () => {
    const committed = readFileSync(new URL('../../schema/journey-map.v1.json', import.meta.url), 'utf8');
    expect(committed).toBe(toJourneyMapJsonSchemaText());
  });

  it('describes the fields tools rely on', () => {
    const schema = JSON.parse(toJourneyMapJsonSchemaText());
    expect(schema.required).toEqual(['format', 'version', 'title', 'locale', 'personas', 'journeys']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.version.const).toBe(1);
  });
});
