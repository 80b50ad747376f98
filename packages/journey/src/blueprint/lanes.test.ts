import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard, updateCard } from '../commands/cards';
import { addChannel } from '../commands/channels';
import { addBlueprintLanes, moveChannelToLane, setChannelLane } from '../commands/lanes';
import { fromJson } from '../format/fromJson';
import { toJson } from '../format/toJson';
import { toJourneyView } from '../read/journeyView';
import { toSnapshot } from '../read/toSnapshot';
import type { JourneyMapJson } from '../schema';
import { createBoardDoc } from '../templates/createBoardDoc';
import { updateOnCopy } from '../testing/updates';
import { checkUpdate } from '../trust/checkUpdate';
import { laneGroups, sortByLane } from './lanes';

function firstJourney(doc: Y.Doc) {
  const snap = toSnapshot(doc);
  const journeyId = Object.keys(snap.journeys)[0]!;
  return { snap, journeyId, view: toJourneyView(snap, journeyId)! };
}

describe('lane groups', () => {
  it('draws nothing for a board without lanes', () => {
    expect(laneGroups([{}, {}, {}])).toEqual({ groups: [], boundaries: [] });
  });

  it('groups consecutive rows and names the line(s) each boundary crosses', () => {
    const rows = sortByLane([
      { id: 'b', lane: 'backstage' as const },
      { id: 'f1' },
      { id: 'c', lane: 'customer' as const },
      { id: 'f2' },
      { id: 's', lane: 'support' as const },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c', 'f1', 'f2', 'b', 's']);
    expect(laneGroups(rows)).toEqual({
      groups: [
        { lane: 'customer', first: 0, count: 1 },
        { lane: 'frontstage', first: 1, count: 2 },
        { lane: 'backstage', first: 3, count: 1 },
        { lane: 'support', first: 4, count: 1 },
      ],
      boundaries: [
        { row: 1, lines: ['interaction'] },
        { row: 3, lines: ['visibility'] },
        { row: 4, lines: ['internal'] },
      ],
    });
    // Customer actions right above support processes: all three lines lie there.
    expect(laneGroups([{ lane: 'customer' }, { lane: 'support' }]).boundaries).toEqual([
      { row: 1, lines: ['interaction', 'visibility', 'internal'] },
    ]);
  });
});

describe('addBlueprintLanes', () => {
  it('adds backstage and support rows below the channels of an existing board, moving no card', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    const before = firstJourney(doc);
    const cardsBefore = before.snap.cards;
    const added = addBlueprintLanes(doc, { journeyId: before.journeyId });
    expect(added).toHaveLength(2);
    const after = firstJourney(doc);
    expect(after.snap.cards).toEqual(cardsBefore);
    expect(after.view.channels.map((c) => c.name)).toEqual([
      ...before.view.channels.map((c) => c.name),
      'Actions back-office',
      'Processus de support',
    ]);
    expect(after.view.channels.slice(-2).map((c) => c.lane)).toEqual(['backstage', 'support']);
    // A second time adds nothing: the journey has both lanes already.
    expect(addBlueprintLanes(doc, { journeyId: before.journeyId })).toEqual([]);
    expect(firstJourney(doc).view.channels).toHaveLength(after.view.channels.length);
  });

  it('names the rows in the board’s language', () => {
    const doc = createBoardDoc({ locale: 'en', template: 'blank' });
    const { journeyId } = firstJourney(doc);
    addBlueprintLanes(doc, { journeyId });
    expect(firstJourney(doc).view.channels.map((c) => c.name)).toContain('Backstage actions');
  });
});

describe('setChannelLane', () => {
  it('moves a row into its lane group, and frontstage clears the field', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'blank' });
    const { journeyId } = firstJourney(doc);
    const a = addChannel(doc, { journeyId, name: 'A', id: 'a' });
    addChannel(doc, { journeyId, name: 'B', id: 'b' });
    addBlueprintLanes(doc, { journeyId });
    setChannelLane(doc, { channelId: a, lane: 'backstage' });
    let view = firstJourney(doc).view;
    const names = view.channels.map((c) => c.name);
    expect(names.indexOf('B')).toBeLessThan(names.indexOf('A'));
    expect(names.indexOf('A')).toBeLessThan(names.indexOf('Processus de support'));
    setChannelLane(doc, { channelId: a, lane: 'customer' });
    view = firstJourney(doc).view;
    expect(view.channels[0]!.name).toBe('A');
    setChannelLane(doc, { channelId: a, lane: 'frontstage' });
    expect(firstJourney(doc).snap.channels[a]).not.toHaveProperty('lane');
    expect(() => setChannelLane(doc, { channelId: a, lane: 'cellar' as never })).toThrow(RangeError);
  });

  it('reads an unknown stored lane as frontstage', () => {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    const { view } = firstJourney(doc);
    (doc.getMap('channels').get(view.channels[0]!.id) as Y.Map<unknown>).set('lane', 'cellar');
    expect(firstJourney(doc).snap.channels[view.channels[0]!.id]).not.toHaveProperty('lane');
    expect(toJson(doc).journeys[0]!.channels[0]).not.toHaveProperty('lane');
  });
});

describe('a backstage card linked to the touchpoint it serves', () => {
  function blueprintWithLink() {
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    const { journeyId, view } = firstJourney(doc);
    const [backstage] = addBlueprintLanes(doc, { journeyId });
    const touchpoint = [...view.cells.values()].flat().find((c) => c.kind === 'touchpoint')!;
    const note = addCard(doc, {
      journeyId,
      kind: 'note',
      text: 'Préparer la commande',
      cell: { phaseId: touchpoint.phaseId!, channelId: backstage! },
    });
    updateCard(doc, { cardId: note, touchpointId: touchpoint.id });
    return { doc, journeyId, note, touchpoint, backstage: backstage! };
  }

  it('keeps its link and lane through a JSON round trip', () => {
    const { doc, note, touchpoint, backstage } = blueprintWithLink();
    const json = toJson(doc);
    const journey = json.journeys[0]!;
    expect(journey.channels.find((c) => c.id === backstage)?.lane).toBe('backstage');
    expect(journey.cards.find((c) => c.id === note)?.touchpointId).toBe(touchpoint.id);
    expect(toJson(fromJson(JSON.parse(JSON.stringify(json))))).toEqual(json);
  });

  it('drops the link from the export once the card leaves the backstage, so the file still imports', () => {
    const { doc, note, touchpoint } = blueprintWithLink();
    moveCard(doc, { cardId: note, to: { phaseId: touchpoint.phaseId!, channelId: touchpoint.channelId! } });
    const json = toJson(doc);
    expect(json.journeys[0]!.cards.find((c) => c.id === note)).not.toHaveProperty('touchpointId');
    expect(() => fromJson(json)).not.toThrow();
  });
});

describe('JSON format', () => {
  it('imports a v1 file without lanes unchanged, and refuses a link from a frontstage note', () => {
    const map: JourneyMapJson = {
      format: 'parcours/journey-map',
      version: 1,
      title: 'Ancien',
      locale: 'fr',
      personas: [],
      journeys: [
        {
          id: 'j',
          title: 'J',
          phases: [{ id: 'p', name: 'P' }],
          channels: [
            { id: 'c', name: 'Web' },
            { id: 'd', name: 'Coulisses', lane: 'backstage' },
          ],
          cards: [
            { id: 't', kind: 'touchpoint', phaseId: 'p', channelId: 'c', text: 'Paiement' },
            { id: 'n', kind: 'note', phaseId: 'p', channelId: 'd', text: 'Vérifier', touchpointId: 't' },
          ],
          actions: [],
        },
      ],
    };
    const old = structuredClone(map);
    old.journeys[0]!.channels = [{ id: 'c', name: 'Web' }];
    old.journeys[0]!.cards = [old.journeys[0]!.cards[0]!];
    expect(toJson(fromJson(old))).toEqual(old);
    expect(toJson(fromJson(map))).toEqual(map);
    const frontNote = structuredClone(map);
    frontNote.journeys[0]!.cards[1]!.channelId = 'c';
    expect(() => fromJson(frontNote)).toThrow(/backstage or support channel refers to a touchpoint/);
    const explicit = structuredClone(map);
    explicit.journeys[0]!.channels[0]!.lane = 'frontstage';
    expect(toJson(fromJson(explicit))).toEqual(map);
    const wrong = structuredClone(map) as unknown as { journeys: { channels: { lane: string }[] }[] };
    wrong.journeys[0]!.channels[0]!.lane = 'cellar';
    expect(() => fromJson(wrong)).toThrow();
  });
});

describe('trust boundary', () => {
  it('accepts an editor’s lane edits and refuses a malformed lane', () => {
    const server = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    const { journeyId, view } = firstJourney(server);
    const channelId = view.channels[0]!.id;
    const add = updateOnCopy(server, (c) => addBlueprintLanes(c, { journeyId }));
    expect(checkUpdate(server, add, 'edit').reasons).toEqual([]);
    const set = updateOnCopy(server, (c) => setChannelLane(c, { channelId, lane: 'customer' }));
    expect(checkUpdate(server, set, 'edit').reasons).toEqual([]);
    for (const bad of [42, ['backstage'], new Y.Map(), new Y.Text('backstage')]) {
      const update = updateOnCopy(server, (c) =>
        (c.getMap('channels').get(channelId) as Y.Map<unknown>).set('lane', bad),
      );
      expect(checkUpdate(server, update, 'edit').ok).toBe(false);
    }
  });

  it('refuses lane edits from a participant while the structure is locked', async () => {
    const { lockStructure } = await import('../facilitation/lock');
    const server = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    lockStructure(server, { locked: true });
    const { view } = firstJourney(server);
    const set = updateOnCopy(server, (c) => setChannelLane(c, { channelId: view.channels[0]!.id, lane: 'backstage' }));
    expect(checkUpdate(server, set, 'edit').ok).toBe(false);
    expect(checkUpdate(server, set, 'facilitator').ok).toBe(true);
  });
});

describe('service blueprint templates', () => {
  it.each(['fr-blueprint', 'en-blueprint'] as const)(
    '%s has the four lanes, three lines and linked backstage cards',
    (template) => {
      const doc = createBoardDoc({ locale: template === 'fr-blueprint' ? 'fr' : 'en', template });
      const { snap, view } = firstJourney(doc);
      expect(view.channels.map((c) => c.lane ?? 'frontstage')).toEqual([
        'customer',
        'frontstage',
        'frontstage',
        'backstage',
        'support',
      ]);
      expect(laneGroups(view.channels).boundaries.map((b) => b.lines)).toEqual([
        ['interaction'],
        ['visibility'],
        ['internal'],
      ]);
      const linked = Object.values(snap.cards).filter((c) => c.touchpointId !== undefined);
      expect(linked.length).toBeGreaterThanOrEqual(3);
      for (const card of linked) {
        expect(snap.cards[card.touchpointId!]?.kind).toBe('touchpoint');
        expect(['backstage', 'support']).toContain(snap.channels[card.channelId!]?.lane);
      }
    },
  );
});

describe('a copied journey', () => {
  it('keeps its lanes and the links of its backstage cards (duplicate as to-be)', async () => {
    const { duplicateJourney } = await import('../commands/journeys');
    const doc = createBoardDoc({ locale: 'fr', template: 'fr-blueprint' });
    const { journeyId } = firstJourney(doc);
    const copyId = duplicateJourney(doc, { journeyId });
    const snap = toSnapshot(doc);
    const copy = toJourneyView(snap, copyId!)!;
    expect(copy.channels.map((c) => c.lane ?? 'frontstage')).toEqual([
      'customer',
      'frontstage',
      'frontstage',
      'backstage',
      'support',
    ]);
    const linked = [...copy.cells.values()].flat().filter((c) => c.touchpointId !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(3);
    for (const card of linked) expect(snap.cards[card.touchpointId!]?.journeyId).toBe(copyId);
  });
});

describe('moveChannelToLane', () => {
  it('moves a row across a line in one undoable step, even when rows were added in another order', async () => {
    const { createUndoManager } = await import('../undo');
    const doc = createBoardDoc({ locale: 'fr', template: 'blank' });
    const { journeyId, view } = firstJourney(doc);
    const base = view.channels.map((c) => `${c.name}:frontstage`);
    addBlueprintLanes(doc, { journeyId });
    // Frontstage rows added after the backstage one: their order keys sort after it.
    const web = addChannel(doc, { journeyId, name: 'Web' });
    addChannel(doc, { journeyId, name: 'Boutique' });
    const names = () => firstJourney(doc).view.channels.map((c) => `${c.name}:${c.lane ?? 'frontstage'}`);
    const beforeMove = [
      ...base,
      'Web:frontstage',
      'Boutique:frontstage',
      'Actions back-office:backstage',
      'Processus de support:support',
    ];
    expect(names()).toEqual(beforeMove);
    const undo = createUndoManager(doc);
    moveChannelToLane(doc, { channelId: web, before: null, lane: 'backstage' });
    expect(names()).toEqual([
      ...base,
      'Boutique:frontstage',
      'Actions back-office:backstage',
      'Web:backstage',
      'Processus de support:support',
    ]);
    undo.undo();
    expect(names()).toEqual(beforeMove);
    const server = createBoardDoc({ locale: 'fr', template: 'fr-purchase-8' });
    const channelId = firstJourney(server).view.channels[0]!.id;
    const update = updateOnCopy(server, (c) => moveChannelToLane(c, { channelId, before: null, lane: 'support' }));
    expect(checkUpdate(server, update, 'edit').reasons).toEqual([]);
  });
});
