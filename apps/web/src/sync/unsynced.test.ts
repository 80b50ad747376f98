import { addCard, setCardText } from '@parcours/journey';
import { seedJourney } from '@parcours/journey/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { trackUnsynced } from './unsynced';

function offlineProvider() {
  const listeners = new Set<(synced: boolean) => void>();
  return {
    wsconnected: false,
    synced: false,
    on: (_: 'sync', listener: (synced: boolean) => void) => listeners.add(listener),
    off: (_: 'sync', listener: (synced: boolean) => void) => listeners.delete(listener),
    sync() {
      this.wsconnected = true;
      this.synced = true;
      for (const listener of listeners) listener(true);
    },
  };
}

describe('trackUnsynced', () => {
  it('counts the cards changed offline, not the keystrokes, and clears on sync', () => {
    const doc = new Y.Doc();
    const journeyId = seedJourney(doc);
    const a = addCard(doc, { journeyId, kind: 'touchpoint', text: '' });
    const b = addCard(doc, { journeyId, kind: 'irritant', text: '' });
    const provider = offlineProvider();
    const counts: number[] = [];
    trackUnsynced(doc, provider, (n) => counts.push(n));
    // Two edits, typed letter by letter: one transaction (and one Yjs update) per keystroke.
    const typeIn = (cardId: string, sentence: string) => {
      for (let i = 1; i <= sentence.length; i++) setCardText(doc, { cardId, text: sentence.slice(0, i) });
    };
    typeIn(a, 'Le client valide son panier');
    typeIn(b, 'Frais de livraison cachés jusqu’au paiement');
    expect(counts.at(-1)).toBe(2);
    provider.sync();
    expect(counts.at(-1)).toBe(0);
  });
});
