import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, updateCard } from '../commands/cards';
import { fromJson } from '../format/fromJson';
import { toJson } from '../format/toJson';
import { toSnapshot } from '../read/toSnapshot';
import { createBoardDoc } from '../templates/createBoardDoc';
import { checkUpdate } from '../trust/checkUpdate';
import { type ImageRef, readImageRef, referencedImageHashes, withImageUrls } from './imageRef';

const HASH = 'a'.repeat(64);
const PHOTO: ImageRef = { hash: HASH, width: 1600, height: 1200, alt: 'Le mur de post-it' };

function board() {
  const doc = createBoardDoc({ locale: 'fr', template: 'blank', title: 'Atelier' });
  const journeyId = Object.keys(toSnapshot(doc).journeys)[0]!;
  return { doc, journeyId };
}

/** The update a write makes on a copy of `doc`, checked as the relay checks an editor's. */
function checked(doc: Y.Doc, write: (copy: Y.Doc) => void) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  write(copy);
  return checkUpdate(doc, Y.encodeStateAsUpdate(copy, before), 'edit');
}

describe('image references on cards', () => {
  it('reads as no picture when absent, and as the reference once set', () => {
    const { doc, journeyId } = board();
    const cardId = addCard(doc, { journeyId, kind: 'touchpoint', text: 'Page de paiement' });
    expect(toSnapshot(doc).cards[cardId]!.image).toBeUndefined();
    updateCard(doc, { cardId, image: PHOTO });
    expect(toSnapshot(doc).cards[cardId]!.image).toEqual(PHOTO);
    updateCard(doc, { cardId, image: null });
    expect(toSnapshot(doc).cards[cardId]!.image).toBeUndefined();
  });

  it('refuses a malformed reference before writing anything', () => {
    const { doc, journeyId } = board();
    const cardId = addCard(doc, { journeyId, kind: 'note' });
    expect(() => updateCard(doc, { cardId, image: { ...PHOTO, hash: 'not-a-hash' } })).toThrow(/image/);
    expect(() => updateCard(doc, { cardId, image: { ...PHOTO, width: 99_999 } })).toThrow(/image/);
  });

  it("passes the server's check when a command writes it, and is refused in any other shape", () => {
    const { doc, journeyId } = board();
    const cardId = addCard(doc, { journeyId, kind: 'touchpoint' });
    expect(checked(doc, (copy) => updateCard(copy, { cardId, image: PHOTO })).ok).toBe(true);
    expect(checked(doc, (copy) => addCard(copy, { journeyId, kind: 'note', text: 'Mur', image: PHOTO })).ok).toBe(true);
    const forged = checked(doc, (copy) => {
      copy.getMap<Y.Map<unknown>>('cards').get(cardId)!.set('image', { hash: HASH, width: 1, height: 1, src: 'x' });
    });
    expect(forged.ok).toBe(false);
    const asText = checked(doc, (copy) => {
      copy.getMap<Y.Map<unknown>>('cards').get(cardId)!.set('image', 'https://tracker.example/pixel.png');
    });
    expect(asText.ok).toBe(false);
  });

  it('goes through the JSON format and back, and lists the hashes in use', () => {
    const { doc, journeyId } = board();
    addCard(doc, { journeyId, kind: 'note', text: 'Mur', image: PHOTO });
    addCard(doc, { journeyId, kind: 'touchpoint', text: 'SMS' });
    const json = toJson(doc);
    const cards = json.journeys.flatMap((j) => j.cards);
    expect(cards.filter((c) => c.image)).toEqual([expect.objectContaining({ text: 'Mur', image: PHOTO })]);
    const again = fromJson(JSON.parse(JSON.stringify(json)));
    expect(Object.values(toSnapshot(again).cards).map((c) => c.image)).toContainEqual(PHOTO);
    expect([...referencedImageHashes(again)]).toEqual([HASH]);
  });

  it('names each picture by hash and by its address in an export; an import keeps the hash and drops the address', () => {
    const { doc, journeyId } = board();
    addCard(doc, { journeyId, kind: 'note', text: 'Mur', image: PHOTO });
    const json = withImageUrls(toJson(doc), 'board-1');
    const card = json.journeys[0]!.cards.find((c) => c.image)!;
    expect(card.image).toEqual({ ...PHOTO, url: `/api/boards/board-1/images/${HASH}` });
    const again = fromJson(JSON.parse(JSON.stringify(json)));
    expect(Object.values(toSnapshot(again).cards).find((c) => c.image)!.image).toEqual(PHOTO);
    // The doc holds the reference alone: what the relay's layout check accepts.
    expect(toJson(again).journeys[0]!.cards.find((c) => c.image)!.image).toEqual(PHOTO);
  });

  it('reads a malformed stored value as no picture', () => {
    expect(readImageRef({ hash: HASH, width: 0, height: 5 })).toBeUndefined();
    expect(readImageRef('x')).toBeUndefined();
    expect(readImageRef(PHOTO)).toEqual(PHOTO);
  });
});
