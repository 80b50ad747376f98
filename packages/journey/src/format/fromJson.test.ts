import { describe, expect, it } from 'vitest';
import { readSchemaVersion, SCHEMA_VERSION } from '../migrations/index';
import type { JourneyMapJson } from '../schema';
import { JourneyFormatError } from './errors';
import { fromJson } from './fromJson';
import { LIMITS } from './limits';
import { toJson } from './toJson';

function sampleMap(): JourneyMapJson {
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: 'Achat en ligne',
    locale: 'fr',
    personas: [{ id: 'claire', name: 'Claire, 34 ans', goals: ['Gagner du temps'] }],
    journeys: [
      {
        id: 'j1',
        title: 'Parcours actuel',
        personaId: 'claire',
        stage: 'as-is',
        phases: [
          { id: 'search', name: 'Recherche', kpis: [{ id: 'ctr', name: 'CTR', value: 2.5, unit: '%' }] },
          { id: 'buy', name: 'Achat' },
        ],
        channels: [
          { id: 'web', name: 'Site web' },
          { id: 'shop', name: 'Boutique' },
        ],
        cards: [
          { id: 'c1', kind: 'touchpoint', phaseId: 'search', channelId: 'web', text: 'Recherche Google', emotion: 1 },
          {
            id: 'c2',
            kind: 'irritant',
            phaseId: 'buy',
            channelId: 'web',
            text: 'Paiement refusé 😡',
            touchpointId: 'c1',
          },
          { id: 'c3', kind: 'note', phaseId: null, channelId: null, text: '' },
        ],
        actions: [{ id: 'a1', title: 'Relancer', cardIds: ['c2'], impact: 4, effort: 2, status: 'todo' }],
      },
    ],
  };
}

/** The issues fromJson reports for `value`, or fails the test when it imports. */
function issuesOf(value: unknown) {
  try {
    fromJson(value);
  } catch (error) {
    expect(error).toBeInstanceOf(JourneyFormatError);
    return (error as JourneyFormatError).issues;
  }
  throw new Error('expected the import to fail');
}

function edit(change: (map: JourneyMapJson) => void): JourneyMapJson {
  const map = sampleMap();
  change(map);
  return map;
}

describe('fromJson', () => {
  it('imports a map into a doc stamped with the current schema version', () => {
    const doc = fromJson(sampleMap());
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(toJson(doc)).toStrictEqual(sampleMap());
  });

  it('keeps personaId null and absent apart, and empty strings as they are', () => {
    const absent = edit((m) => {
      delete m.journeys[0]!.personaId;
      m.personas[0]!.description = '';
    });
    expect(toJson(fromJson(absent))).toStrictEqual(absent);
    const none = edit((m) => {
      m.journeys[0]!.personaId = null;
    });
    expect(toJson(fromJson(none)).journeys[0]!.personaId).toBeNull();
  });

  it('accepts non-canonical files and writes them back in canonical form', () => {
    const map = edit((m) => {
      const cards = m.journeys[0]!.cards;
      cards.reverse(); // unplaced card first, the "buy" card before the "search" one
      cards[0]!.ratings = {};
      m.journeys[0]!.phases[1]!.kpis = [];
    });
    const out = toJson(fromJson(map));
    expect(out.journeys[0]!.cards.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(out.journeys[0]!.cards[2]).not.toHaveProperty('ratings');
    expect(out.journeys[0]!.phases[1]).not.toHaveProperty('kpis');
    expect(toJson(fromJson(out))).toStrictEqual(out);
  });

  it('reports a wrong field with its path and refuses the whole file', () => {
    const issues = issuesOf(
      edit((m) => {
        (m.journeys[0]!.cards[0] as { emotion: number }).emotion = 3;
        (m.journeys[0]!.actions[0] as { due: string }).due = '2025-02-30';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['journeys[0].cards[0].emotion', 'journeys[0].actions[0].due']);
  });

  it('reports unknown references and duplicate ids with their paths', () => {
    const issues = issuesOf(
      edit((m) => {
        const j = m.journeys[0]!;
        j.personaId = 'nobody';
        j.cards[0]!.channelId = 'phone';
        j.cards[1]!.id = 'c1';
        j.cards[2]!.touchpointId = 'c1';
        j.actions[0]!.cardIds = ['c9'];
        j.channels[1]!.id = 'web';
      }),
    );
    expect(issues).toEqual([
      { path: 'journeys[0].personaId', message: 'No persona has the id "nobody".' },
      { path: 'journeys[0].channels[1].id', message: 'Duplicate id "web", already used by journeys[0].channels[0].' },
      { path: 'journeys[0].cards[1].id', message: 'Duplicate id "c1", already used by journeys[0].cards[0].' },
      { path: 'journeys[0].cards[0].channelId', message: 'No channel of this journey has the id "phone".' },
      {
        path: 'journeys[0].cards[2].touchpointId',
        message: 'Only an irritant, an enchantment or a card of a backstage or support channel refers to a touchpoint.',
      },
      { path: 'journeys[0].actions[0].cardIds[0]', message: 'No card of this journey has the id "c9".' },
    ]);
  });

  it('refuses a card placed in a phase of another journey and a half-placed card', () => {
    const issues = issuesOf(
      edit((m) => {
        m.journeys.push({
          id: 'j2',
          title: '',
          phases: [{ id: 'other', name: '' }],
          channels: [],
          cards: [],
          actions: [],
        });
        m.journeys[0]!.cards[0]!.phaseId = 'other';
        m.journeys[0]!.cards[2]!.phaseId = 'search';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['journeys[0].cards[0].phaseId', 'journeys[0].cards[2]']);
  });

  it('explains a file from a newer Parcours, a foreign file and a non-object', () => {
    expect(() => fromJson({ ...sampleMap(), version: 2 })).toThrow(
      'This map was made by a newer version of Parcours (format version 2); this one reads version 1',
    );
    expect(() => fromJson({ format: 'miro/board', version: 1 })).toThrow('This is not a Parcours journey map');
    expect(issuesOf('hello')).toEqual([{ path: '', message: expect.stringContaining('not a Parcours journey map') }]);
    expect(issuesOf(null)).toHaveLength(1);
    expect(issuesOf({ ...sampleMap(), version: '1' })).toEqual([
      { path: 'version', message: 'Unknown format version "1"; expected 1.' },
    ]);
  });

  it('refuses unknown fields, since a new field means a new format version', () => {
    const issues = issuesOf({ ...sampleMap(), theme: 'dark' });
    expect(issues[0]!.message).toContain('theme');
  });

  it('refuses absurd sizes before reading them', () => {
    const many = Array.from({ length: LIMITS.cards + 1 }, (_, i) => ({ id: `c${i}` }));
    const issues = issuesOf(edit((m) => Object.assign(m.journeys[0]!, { cards: many })));
    expect(issues).toEqual([
      {
        path: 'journeys',
        message: `Too many cards in the map: ${LIMITS.cards + 1}, at most ${LIMITS.cards} are allowed.`,
      },
    ]);
  });

  it('refuses a card with an absurd number of participants, naming it', () => {
    const ratings = Object.fromEntries(Array.from({ length: LIMITS.participantsPerCard + 1 }, (_, i) => [`p${i}`, 1]));
    const issues = issuesOf(edit((m) => Object.assign(m.journeys[0]!.cards[1]!, { ratings })));
    expect(issues.map((i) => i.path)).toEqual(['journeys[0].cards[1].ratings']);
  });

  it('rejects __proto__ as an id, which would not survive as a key of a snapshot record', () => {
    const issues = issuesOf(edit((m) => Object.assign(m.personas[0]!, { id: '__proto__' })));
    expect(issues.map((i) => i.path)).toEqual(['personas[0].id']);
  });
});
