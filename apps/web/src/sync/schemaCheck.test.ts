import { createBoardDoc, readSchemaVersion, SCHEMA_VERSION } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkSchema } from './schemaCheck';

describe('checkSchema', () => {
  it('accepts a board of this version', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    expect(checkSchema(doc, true)).toBe('ok');
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it('refuses a board saved by a newer Parcours, for editors and viewers, and leaves it untouched', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'blank' });
    // Tests may write the layout directly: this is what a newer app would have stamped.
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(doc);
    expect(checkSchema(doc, true)).toBe('newer');
    expect(checkSchema(doc, false)).toBe('newer');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
