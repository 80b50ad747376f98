import { describe, expect, it } from 'vitest';
import { addAction } from '../commands/actions';
import { addCard } from '../commands/cards';
import { toJourneyView } from '../read/journeyView';
import { toSnapshot } from '../read/toSnapshot';
import { seedJourney } from '../testing/randomOps';
import { SyncedDocs } from '../testing/syncedDocs';
import {
  addCardAs,
  hiddenCardCount,
  revealCards,
  setPrivateMode,
  toVisibleSnapshot,
  visibleCards,
} from './privateMode';

function room() {
  const net = new SyncedDocs(3); // 0: facilitator, 1: ana, 2: ben
  const journeyId = seedJourney(net.docs[0]!);
  const shared = addCard(net.docs[0]!, { journeyId, kind: 'touchpoint', text: 'Site web' });
  net.syncAll();
  return { net, journeyId, shared, docs: net.docs };
}

describe('private mode', () => {
  it('shows each participant only their own new cards until the facilitator reveals them all', () => {
    const { net, journeyId, shared, docs } = room();
    setPrivateMode(docs[0]!, { on: true });
    net.syncAll();
    const cell = { phaseId: 'phase-a', channelId: 'channel-a' };
    const anaCard = addCardAs(docs[1]!, {
      journeyId,
      participantId: 'ana',
      kind: 'irritant',
      text: 'Trop de clics',
      cell,
    });
    const benCard = addCardAs(docs[2]!, {
      journeyId,
      participantId: 'ben',
      kind: 'irritant',
      text: 'Pas de suivi',
      cell,
    });
    net.syncAll();
    const snap = toSnapshot(docs[0]!);
    expect(snap.cards[anaCard]).toMatchObject({ hidden: true, authorId: 'ana' });
    expect(hiddenCardCount(snap)).toBe(2);
    expect(
      visibleCards(snap, 'ana')
        .map((c) => c.id)
        .sort(),
    ).toEqual([anaCard, shared].sort());
    expect(
      visibleCards(snap, 'ben')
        .map((c) => c.id)
        .sort(),
    ).toEqual([benCard, shared].sort());
    expect(visibleCards(snap, 'facilitator').map((c) => c.id)).toEqual([shared]);
    // Views and figures built on the participant's snapshot do not count the others' cards either.
    const view = toJourneyView(toVisibleSnapshot(snap, 'ana'), journeyId);
    expect(view?.cells.get(`phase-a\u0000channel-a`)?.map((c) => c.text)).toEqual(['Trop de clics']);
    revealCards(docs[0]!);
    net.syncAll();
    const revealed = toSnapshot(docs[2]!);
    expect(hiddenCardCount(revealed)).toBe(0);
    expect(visibleCards(revealed, 'ben')).toHaveLength(3);
    expect(revealed.cards[anaCard]!.authorId).toBe('ana');
  });

  it('adds ordinary cards when private mode is off, and turning it off does not reveal', () => {
    const { journeyId, docs } = room();
    const open = addCardAs(docs[1]!, { journeyId, participantId: 'ana', kind: 'note', text: 'Idée' });
    expect(toSnapshot(docs[1]!).cards[open]).not.toHaveProperty('hidden');
    setPrivateMode(docs[1]!, { on: true });
    const secret = addCardAs(docs[1]!, { journeyId, participantId: 'ana', kind: 'note', text: 'Idée 2' });
    setPrivateMode(docs[1]!, { on: false });
    expect(toSnapshot(docs[1]!).cards[secret]!.hidden).toBe(true);
    expect(toSnapshot(docs[1]!).session.privateMode).toBe(false);
  });

  it('keeps the snapshot as is when nothing is hidden, and drops hidden links from actions otherwise', () => {
    const { journeyId, docs } = room();
    const snap = toSnapshot(docs[0]!);
    expect(toVisibleSnapshot(snap, 'ana')).toBe(snap);
    setPrivateMode(docs[0]!, { on: true });
    const secret = addCardAs(docs[0]!, { journeyId, participantId: 'ben', kind: 'irritant', text: 'x' });
    const actionId = addAction(docs[0]!, { journeyId, title: 'Fix', cardIds: [secret] });
    const full = toSnapshot(docs[0]!);
    const seen = toVisibleSnapshot(full, 'ana');
    expect(seen.actions[actionId]!.cardIds).toEqual([]);
    expect(toVisibleSnapshot(full, 'ben').actions[actionId]!.cardIds).toEqual([secret]);
  });
});
