import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates, TEMPLATE_IDS } from './index';
import { templatesGolden } from './templatesGolden';

// Written from the templates as they were before the French and English twins became one definition each
// (scripts/writeTemplatesFixture.ts): what a user is offered and the boards they get must not move.
const fixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/templates.json', import.meta.url), 'utf8'));

describe('templates', () => {
  it('offer the same templates and build the same boards as the fixture, in both languages', () => {
    expect(templatesGolden()).toStrictEqual(fixture);
  });

  it('find every listed template by its id, blank in the asked language', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const template of listTemplates(locale)) expect(getTemplate(template.id, locale)).toBe(template);
    }
    const listed = new Set([...listTemplates('fr'), ...listTemplates('en')].map((t) => t.id));
    expect([...listed].sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(getTemplate('fr-purchase-8', 'en').locale).toBe('fr');
    expect(getTemplate('blank', 'en').locale).toBe('en');
    expect(() => getTemplate('nope' as 'blank', 'fr')).toThrow(RangeError);
  });
});
