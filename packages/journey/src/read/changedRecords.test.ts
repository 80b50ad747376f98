import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, removeCard, setCardText, updateCard } from '../commands/cards';
import { seedJourney } from '../testing/randomOps';
import { changedRecords } from './changedRecords';

describe('changedRecords', () => {
  it('names each record a transaction touched once, nested text and maps included', () => {
    const doc = new Y.Doc();
    const journeyId = seedJourney(doc);
    const seen: string[][] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push([...changedRecords(doc, tr)].sort()));
    const card = addCard(doc, { id: 'c1', journeyId, kind: 'touchpoint', text: '' });
    for (const text of ['S', 'Si', 'Sit', 'Site']) setCardText(doc, { cardId: card, text });
    updateCard(doc, { cardId: card, csat: 80 });
    doc.transact(() => doc.getMap('meta').set('title', 'Atelier'));
    removeCard(doc, { cardId: card });
    expect(seen).toEqual([
      ['cards/c1'],
      ['cards/c1'],
      ['cards/c1'],
      ['cards/c1'],
      ['cards/c1'],
      ['cards/c1'],
      ['meta/title'],
      ['cards/c1'],
    ]);
  });
});
