import { describe, expect, it } from 'vitest';
import { parseJourneyMap } from '../format/parseJourneyMap';
import { toJson } from '../format/toJson';
import { readSchemaVersion, SCHEMA_VERSION } from '../migrations/index';
import type { Locale } from '../types';
import { createBoardDoc } from './createBoardDoc';
import { listTemplates, TEMPLATE_IDS } from './index';

const cases = TEMPLATE_IDS.flatMap((template) => (['fr', 'en'] as Locale[]).map((locale) => ({ template, locale })));

describe('createBoardDoc', () => {
  it.each(cases)('makes a valid, versioned board from $template ($locale)', ({ template, locale }) => {
    const doc = createBoardDoc({ title: 'Atelier', locale, template });
    const map = toJson(doc);
    expect(() => parseJourneyMap(map)).not.toThrow();
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(map.title).toBe('Atelier');
    expect(map.locale).toBe(locale);
    expect(map.personas).toHaveLength(1);
    expect(map.journeys).toHaveLength(1);
    expect(map.journeys[0]!.personaId).toBe(map.personas[0]!.id);
  });

  it('lays out the French purchase journey in its eight phases over the default channels', () => {
    const journey = toJson(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' })).journeys[0]!;
    expect(journey.phases.map((p) => p.name)).toEqual([
      'Recherche d’informations',
      'Comparaison',
      'Prise de décision',
      'Réception',
      'Évaluation',
      'Service après-vente',
      'Fidélisation',
      'Recommandation',
    ]);
    expect(journey.channels.map((c) => c.name)).toEqual([
      'Site web',
      'Application mobile',
      'Boutique',
      'E-mail',
      'Téléphone',
      'Réseaux sociaux',
      'Chat',
    ]);
    const [touchpoint, irritant, enchantment] = ['touchpoint', 'irritant', 'enchantment'].map((kind) =>
      journey.cards.find((c) => c.kind === kind),
    );
    expect(irritant?.touchpointId).toBe(touchpoint?.id);
    expect(enchantment?.phaseId).toBe(journey.phases[3]!.id);
  });

  it('gives the lifecycle phases their KPIs with units and no made-up values', () => {
    for (const template of ['fr-lifecycle-5', 'en-lifecycle-5'] as const) {
      const journey = toJson(createBoardDoc({ locale: 'fr', template })).journeys[0]!;
      expect(journey.phases).toHaveLength(5);
      for (const phase of journey.phases) {
        expect(phase.kpis?.length).toBeGreaterThanOrEqual(2);
        for (const kpi of phase.kpis ?? []) {
          expect(kpi.unit).toBeTruthy();
          expect(kpi).not.toHaveProperty('value');
          expect(kpi).not.toHaveProperty('target');
        }
      }
    }
  });

  it('keeps the twins in step: same shape in French and English', () => {
    for (const [fr, en] of [
      ['fr-purchase-8', 'en-purchase-8'],
      ['fr-lifecycle-5', 'en-lifecycle-5'],
    ] as const) {
      const shape = (template: typeof fr | typeof en) => {
        const j = toJson(createBoardDoc({ locale: 'fr', template })).journeys[0]!;
        return {
          phases: j.phases.map((p) => p.kpis?.map((k) => (k.unit?.length ? 'unit' : '')) ?? []),
          channels: j.channels.length,
          cards: j.cards.map((c) => [
            c.kind,
            j.phases.findIndex((p) => p.id === c.phaseId),
            c.emotion,
            c.touchpointId !== undefined,
          ]),
        };
      };
      expect(shape(en)).toEqual(shape(fr));
    }
  });

  it('gives every board its own ids', () => {
    const ids = (doc: ReturnType<typeof createBoardDoc>) => {
      const j = toJson(doc).journeys[0]!;
      return [j.id, ...j.phases.map((p) => p.id), ...j.channels.map((c) => c.id), ...j.cards.map((c) => c.id)];
    };
    const a = ids(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' }));
    const b = new Set(ids(createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' })));
    expect(a.filter((id) => b.has(id))).toEqual([]);
  });

  it('uses the template title when none is given, and the blank grid follows the locale', () => {
    const map = toJson(createBoardDoc({ title: '  ', locale: 'en', template: 'blank' }));
    expect(map.title).toBe('New journey');
    expect(map.journeys[0]!.phases.map((p) => p.name)).toEqual(['Before', 'During', 'After']);
    expect(map.journeys[0]!.cards).toEqual([]);
  });

  it('lists the templates of a language, blank last', () => {
    expect(listTemplates('fr').map((t) => t.id)).toEqual(['fr-purchase-8', 'fr-lifecycle-5', 'fr-blueprint', 'blank']);
  });
});
