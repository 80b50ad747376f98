import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveCard } from '../commands/cards';
import { metaMap, phaseKpis, RECORD_KINDS, records, recordsOf } from '../doc';
import { fromJson } from '../format/fromJson';
import { toJson } from '../format/toJson';
import { isOrderKey } from '../order';
import { createBoardDoc } from '../templates/createBoardDoc';
import { migrate, readSchemaVersion, SCHEMA_VERSION } from './index';

/** Keys as the hand-made order.ts of version 1 wrote them: base-62 fractions, long after moves to the top. */
const OLD_KEYS = ['1', 'V', 'V', 'k', '0V', '00001', 'zz', 'U', '', 'k5', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A board saved in version 1: every order key replaced by an old-style one (ties and an unset key included). */
function versionOneBoard() {
  const doc = createBoardDoc({ title: 'Atelier', locale: 'fr', template: 'fr-purchase-8' });
  let i = 0;
  const next = () => OLD_KEYS[i++ % OLD_KEYS.length]!;
  doc.transact(() => {
    for (const kind of RECORD_KINDS) {
      for (const [, record] of recordsOf(doc, kind)) {
        record.set('order', next());
        const kpis = kind === 'phases' ? phaseKpis(record) : undefined;
        for (const [, kpi] of kpis ? records(kpis) : []) kpi.set('order', next());
      }
    }
    metaMap(doc).set('schemaVersion', 1);
  });
  return doc;
}

describe('002-fractional-keys', () => {
  it('re-keys every ordered record with valid keys and keeps every list in its order', () => {
    const doc = versionOneBoard();
    // toJson lists everything in display order (phases, channels, cards per cell, KPIs...).
    const before = toJson(doc);
    expect(migrate(doc)).toEqual({ from: 1, to: SCHEMA_VERSION });
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(toJson(doc)).toStrictEqual(before);
    for (const kind of RECORD_KINDS) {
      for (const [, record] of recordsOf(doc, kind)) expect(isOrderKey(String(record.get('order')))).toBe(true);
    }
  });

  it('writes the same keys on every peer that runs it', () => {
    const saved = Y.encodeStateAsUpdate(versionOneBoard());
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(a, saved);
    Y.applyUpdate(b, saved);
    migrate(a);
    migrate(b);
    const keys = (doc: Y.Doc) =>
      Object.fromEntries([...recordsOf(doc, 'cards')].map(([id, r]) => [id, r.get('order')]));
    expect(keys(a)).toEqual(keys(b));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(toJson(a)).toStrictEqual(toJson(b));
  });

  it('leaves a board on which the commands work again (a card moved to the top of its cell)', () => {
    const doc = versionOneBoard();
    migrate(doc);
    const cards = toJson(doc).journeys[0]!.cards;
    const cellOf = (c: (typeof cards)[number]) => `${c.phaseId}/${c.channelId}`;
    const shared = cards.find((c, i) => c.phaseId && cards.findIndex((d) => cellOf(d) === cellOf(c)) < i)!;
    expect(shared).toBeDefined();
    const first = cards.find((c) => cellOf(c) === cellOf(shared))!;
    moveCard(doc, {
      cardId: shared.id,
      to: { phaseId: shared.phaseId!, channelId: shared.channelId! },
      before: first.id,
    });
    const cell = toJson(doc).journeys[0]!.cards.filter((c) => cellOf(c) === cellOf(shared));
    expect(cell.map((c) => c.id).slice(0, 2)).toEqual([shared.id, first.id]);
  });

  it('is what an imported JSON file gets: new keys, the file order', () => {
    const map = toJson(versionOneBoard());
    const doc = fromJson(map);
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    for (const [, record] of recordsOf(doc, 'cards')) expect(isOrderKey(String(record.get('order')))).toBe(true);
    expect(toJson(doc)).toStrictEqual(map);
  });
});
