import { describe, expect, it } from 'vitest';
import { createBoardDoc } from '../templates/createBoardDoc';
import { jsonTooDeep, MAX_JSON_DEPTH } from './jsonDepth';
import { toJourneyMapJsonSchemaText } from './jsonSchema';
import { toJson } from './toJson';

describe('jsonTooDeep', () => {
  it('passes every journey map and refuses nesting beyond the limit, ignoring brackets inside strings', () => {
    const map = toJson(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' }));
    expect(jsonTooDeep(JSON.stringify(map))).toBe(false);
    const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonTooDeep(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonTooDeep(`{"a":[{"b":1}],"c":{}}`, 3)).toBe(false);
    expect(jsonTooDeep(`{"a":[{"b":{}}]}`, 3)).toBe(true);
    expect(jsonTooDeep(JSON.stringify({ text: `[[[[{{{{"\\"${'['.repeat(100)}` }), 1)).toBe(false);
    expect(jsonTooDeep(nested(5_000_000))).toBe(true);
  });

  it('leaves room above what the format itself nests', () => {
    // The JSON Schema of the format, walked through its $refs: objects and arrays inside one another.
    const jsonSchema: unknown = JSON.parse(toJourneyMapJsonSchemaText());
    const defs = (jsonSchema as { $defs?: Record<string, unknown> }).$defs ?? {};
    const depth = (node: unknown, seen: readonly string[] = []): number => {
      if (!node || typeof node !== 'object') return 0;
      const n = node as Record<string, unknown>;
      if (typeof n.$ref === 'string') {
        const name = n.$ref.split('/').pop()!;
        return seen.includes(name) ? Number.POSITIVE_INFINITY : depth(defs[name], [...seen, name]);
      }
      const alternatives = ['anyOf', 'oneOf', 'allOf'].flatMap((k) => (Array.isArray(n[k]) ? (n[k] as unknown[]) : []));
      const children = [
        ...Object.values((n.properties as Record<string, unknown>) ?? {}),
        ...(typeof n.additionalProperties === 'object' ? [n.additionalProperties] : []),
        ...(typeof n.items === 'object' ? [n.items] : []),
      ];
      const own = n.type === 'object' || n.type === 'array' || children.length > 0 ? 1 : 0;
      return Math.max(
        0,
        ...alternatives.map((a) => depth(a, seen)),
        own + Math.max(0, ...children.map((c) => depth(c, seen))),
      );
    };
    const formatDepth = depth(jsonSchema);
    expect(formatDepth).toBeGreaterThanOrEqual(5);
    expect(formatDepth).toBeLessThan(MAX_JSON_DEPTH);
  });
});
