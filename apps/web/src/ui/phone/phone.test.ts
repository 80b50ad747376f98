import {
  addCard,
  addCardAs,
  createBoardDoc,
  orderedJourneys,
  setPrivateMode,
  toJourneyView,
  toSnapshot,
} from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/phone.en.json';
import fr from '../../i18n/phone.fr.json';
import { stringKeys } from '../../testing/i18nStrings';
import { memoryStorage } from '../../testing/memoryStorage';
import { arrivedCards } from '../room/newCards';
import { isLocalOnly } from '../room/useJoinLinks';
import { myCards, readIds, rememberMyCard } from './myCards';
import { toQrShape } from './qrPath';
import { inReadingOrder, placeOf } from './readingOrder';
import { savedScreen } from './screenMode';

function board() {
  const doc = createBoardDoc({ template: 'fr-purchase-8', locale: 'fr' });
  const snapshot = toSnapshot(doc);
  const journeyId = orderedJourneys(snapshot)[0]!.id;
  const view = toJourneyView(snapshot, journeyId)!;
  return { doc, journeyId, view };
}

describe('phone view helpers', () => {
  it('lists cards in reading order: phase by phase, channel by channel, the tray last', () => {
    const { doc, journeyId, view } = board();
    const [p1, p2] = view.phases;
    const [c1, c2] = view.channels;
    const tray = addCard(doc, { journeyId, kind: 'note', text: 'tray' });
    const late = addCard(doc, {
      journeyId,
      kind: 'touchpoint',
      text: 'p2c1',
      cell: { phaseId: p2!.id, channelId: c1!.id },
    });
    const low = addCard(doc, {
      journeyId,
      kind: 'touchpoint',
      text: 'p1c2',
      cell: { phaseId: p1!.id, channelId: c2!.id },
    });
    const first = addCard(doc, {
      journeyId,
      kind: 'touchpoint',
      text: 'p1c1',
      cell: { phaseId: p1!.id, channelId: c1!.id },
    });
    const snapshot = toSnapshot(doc);
    const ids = [tray, late, low, first];
    const ordered = inReadingOrder(
      snapshot,
      ids.map((id) => snapshot.cards[id]!),
    ).map((c) => c.text);
    expect(ordered).toEqual(['p1c1', 'p1c2', 'p2c1', 'tray']);
    expect(placeOf(snapshot, snapshot.cards[first]!)).toBe(`${p1!.name} · ${c1!.name}`);
    expect(placeOf(snapshot, snapshot.cards[tray]!)).toBeNull();
  });

  it("finds a participant's cards: private ones by author, the others remembered on the device", () => {
    const { doc, journeyId } = board();
    const storage = memoryStorage();
    const open = addCardAs(doc, { journeyId, participantId: 'me', kind: 'note', text: 'open' });
    rememberMyCard('b1', open, storage);
    setPrivateMode(doc, { on: true });
    addCardAs(doc, { journeyId, participantId: 'me', kind: 'note', text: 'private, other device' });
    addCardAs(doc, { journeyId, participantId: 'you', kind: 'note', text: 'theirs' });
    const snapshot = toSnapshot(doc);
    const mine = myCards(Object.values(snapshot.cards), 'me', readIds('b1', storage)).map((c) => c.text);
    expect(mine.sort()).toEqual(['open', 'private, other device']);
    expect(readIds('other-board', storage)).toEqual([]);
    storage.setItem('parcours.myCards.b1', 'not json');
    expect(readIds('b1', storage)).toEqual([]);
  });

  it('tells which cards just arrived, and none on the first snapshot', () => {
    const { doc, journeyId } = board();
    const before = toSnapshot(doc);
    expect(arrivedCards(null, before)).toEqual([]);
    const id = addCard(doc, { journeyId, kind: 'irritant', text: 'new' });
    const after = toSnapshot(doc);
    expect(arrivedCards(before, after).map((c) => c.id)).toEqual([id]);
    expect(arrivedCards(after, after)).toEqual([]);
  });

  it('draws a QR code of a board link as one path of dark modules, with a version large enough for it', async () => {
    const link = 'https://parcours.example.org/b/XcsoKMBKYGFbDqQUv42t8w?token=abcdefghijklmnopqrstuvwxyz012345';
    const shape = await toQrShape(link);
    expect(shape.size).toBeGreaterThanOrEqual(37); // version 5 and up for ~100 bytes at level M
    expect((shape.size - 17) % 4).toBe(0);
    // The three finder patterns: a 7-module dark run on the first row at both corners.
    expect(shape.path.startsWith('M0 0h7v1h-7z')).toBe(true);
    expect(shape.path).toContain(`M${shape.size - 7} 0h7v1h-7z`);
    expect(await toQrShape(`${link}x`)).not.toEqual(shape);
  });

  it("warns when the page's address is this computer's own, which no phone reaches", () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) expect(isLocalOnly(host)).toBe(true);
    for (const host of ['192.168.1.20', 'parcours.example.org', 'atelier.local']) expect(isLocalOnly(host)).toBe(false);
  });

  it('keeps the screen a person chose, and only a known one', () => {
    const storage = memoryStorage();
    expect(savedScreen(storage)).toBeNull();
    storage.setItem('parcours.screen', 'phone');
    expect(savedScreen(storage)).toBe('phone');
    storage.setItem('parcours.screen', 'tablet');
    expect(savedScreen(storage)).toBeNull();
  });

  it('has every French text in English and the reverse (French "many" plurals checked against "other")', () => {
    const french = stringKeys(fr).filter((k) => !k.endsWith('_many'));
    expect(stringKeys(en).sort()).toEqual(french.sort());
  });
});
