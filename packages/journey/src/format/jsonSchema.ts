import { z } from 'zod';
import { journeyMapSchema } from '../schema';

/**
 * The JSON Schema of the format as committed in schema/journey-map.v1.json. Generated from the
 * zod schema so the two cannot drift; cross references are not expressible there (see FORMAT.md).
 */
export function toJourneyMapJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(journeyMapSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
}
