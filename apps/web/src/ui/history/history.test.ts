import {
  addAction,
  addCard,
  diffBoards,
  removePhase,
  renamePhase,
  setEmotion,
  toSnapshot,
  updateAction,
} from '@parcours/journey';
import { seedJourney } from '@parcours/journey/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import en from '../../i18n/history.en.json';
import fr from '../../i18n/history.fr.json';
import { useBoardStore } from '../../store/boardStore';
import { namespaceTranslator, stringKeys } from '../../testing/i18nStrings';
import { summaryLine, summaryPhrases } from './summaryText';

const translator = (lng: 'fr' | 'en') => namespaceTranslator('history', { fr, en }, lng);

/** A week after the workshop: irritants added, an emotion down, an action done, a phase renamed, one removed. */
function aWeekLater() {
  const doc = new Y.Doc();
  const journeyId = seedJourney(doc);
  const touch = addCard(doc, {
    journeyId,
    kind: 'touchpoint',
    text: 'Site',
    cell: { phaseId: 'phase-a', channelId: 'channel-a' },
  });
  setEmotion(doc, { cardId: touch, emotion: 1 });
  addCard(doc, { journeyId, kind: 'note', text: 'Note', cell: { phaseId: 'phase-b', channelId: 'channel-a' } });
  const action = addAction(doc, { journeyId, title: 'Relancer', impact: 4, effort: 2 });
  const before = toSnapshot(doc);
  for (const text of ['Lent', 'Cher', 'Flou', 'Perdu'])
    addCard(doc, { journeyId, kind: 'irritant', text, cell: { phaseId: 'phase-a', channelId: 'channel-b' } });
  setEmotion(doc, { cardId: touch, emotion: -1 });
  updateAction(doc, { actionId: action, status: 'done' });
  renamePhase(doc, { phaseId: 'phase-a', name: 'Réception' });
  removePhase(doc, { phaseId: 'phase-b' });
  return diffBoards(before, toSnapshot(doc)).summary;
}

describe('history strings', () => {
  it('has every French text in English and the reverse', () => {
    const french = stringKeys(fr).filter((k) => !k.endsWith('_many'));
    expect(stringKeys(en).sort()).toEqual(french.sort());
  });

  it('says what changed in journey terms, in French with French numbers, and in English', async () => {
    const summary = aWeekLater();
    expect(summaryPhrases(summary, await translator('fr'), 'fr')).toEqual([
      'phase Achat supprimée (1 carte)',
      'phase Recherche renommée Réception',
      '+4 irritants dans Réception',
      'émotion de Réception −2',
      '1 action terminée',
      '+4 cartes',
      '1 carte déplacée',
      '1 carte modifiée',
    ]);
    const english = summaryPhrases(summary, await translator('en'), 'en');
    expect(english).toContain('+4 irritants in Réception');
    expect(english).toContain('emotion of Réception −2');
    expect(summaryLine(summary, await translator('fr'), 'fr')).toBe(
      'phase Achat supprimée (1 carte) · phase Recherche renommée Réception · +4 irritants dans Réception …',
    );
  });
});

describe('previewing a version', () => {
  it('shows the version read only, keeps live changes aside, and gives them back with the role', () => {
    const doc = new Y.Doc();
    const journeyId = seedJourney(doc);
    const store = useBoardStore.getState();
    store.reset();
    store.patch({ role: 'facilitator' });
    store.setSnapshot(toSnapshot(doc));
    const version = toSnapshot(doc);
    store.showVersion({ versionId: 'v1', createdAt: '2026-12-03T10:00:00Z', name: null }, version);
    expect(useBoardStore.getState().role).toBe('view');
    const card = addCard(doc, { journeyId, kind: 'note', text: 'en direct', cell: null });
    useBoardStore.getState().setSnapshot(toSnapshot(doc));
    expect(useBoardStore.getState().snapshot?.cards[card]).toBeUndefined();
    useBoardStore.getState().closeVersion();
    expect(useBoardStore.getState().role).toBe('facilitator');
    expect(useBoardStore.getState().snapshot?.cards[card]?.text).toBe('en direct');
    store.reset();
  });
});
