import { describe, expect, it } from 'vitest';
import { addCard } from '../commands/cards';
import { rateEmotion, setEmotion } from '../commands/emotions';
import { emotionCurve } from '../read/derive/emotionCurve';
import { toJourneyView } from '../read/journeyView';
import { toSnapshot } from '../read/toSnapshot';
import { seedJourney } from '../testing/randomOps';
import { SyncedDocs } from '../testing/syncedDocs';
import type { Emotion } from '../types';
import { closeRatingRound, openRatingRound, unratedTouchpoints } from './ratingRound';

describe('emotion rating round', () => {
  it('collects ratings from several participants at once; the curve shows mean and spread per phase', () => {
    const net = new SyncedDocs(4); // 0: facilitator, 1-3: participants
    const journeyId = seedJourney(net.docs[0]!);
    const web = { phaseId: 'phase-a', channelId: 'channel-a' };
    const shop = { phaseId: 'phase-b', channelId: 'channel-b' };
    const search = addCard(net.docs[0]!, { journeyId, kind: 'touchpoint', text: 'Moteur de recherche', cell: web });
    const compare = addCard(net.docs[0]!, { journeyId, kind: 'touchpoint', text: 'Comparateur', cell: web });
    const till = addCard(net.docs[0]!, { journeyId, kind: 'touchpoint', text: 'Caisse', cell: shop });
    addCard(net.docs[0]!, { journeyId, kind: 'irritant', text: 'Attente', cell: shop }); // not rated
    openRatingRound(net.docs[0]!, { journeyId });
    net.syncAll();
    expect(unratedTouchpoints(toSnapshot(net.docs[1]!), 'p1')).toHaveLength(3);
    const ratings: [number, string, Emotion][] = [
      [1, search, 2],
      [2, search, 0],
      [3, search, 1],
      [1, compare, -1],
      [2, compare, -2],
      [1, till, -2],
      [2, till, 1],
      [3, till, -2],
    ];
    for (const [peer, cardId, emotion] of ratings)
      rateEmotion(net.docs[peer]!, { cardId, participantId: `p${peer}`, emotion });
    net.syncAll();
    expect(unratedTouchpoints(toSnapshot(net.docs[3]!), 'p3').map((c) => c.id)).toEqual([compare]);
    closeRatingRound(net.docs[0]!);
    net.syncAll();
    const snap = toSnapshot(net.docs[2]!);
    expect(snap.session.ratingRound).toEqual({ status: 'closed', journeyId });
    expect(unratedTouchpoints(snap, 'p3')).toEqual([]);
    const curve = emotionCurve(toJourneyView(snap, journeyId)!);
    // phase a: search mean 1, compare mean -1.5 -> -0.25; opinions range from -2 to 2.
    expect(curve[0]).toEqual({ phaseId: 'phase-a', value: -0.25, min: -2, max: 2, count: 2 });
    expect(curve[1]!.phaseId).toBe('phase-b');
    expect(curve[1]!.value).toBeCloseTo(-1);
    expect(curve[1]).toMatchObject({ min: -2, max: 1, count: 1 });
  });

  it('uses the facilitator value where nobody rated, and shows no spread there', () => {
    const net = new SyncedDocs(1);
    const journeyId = seedJourney(net.docs[0]!);
    const card = addCard(net.docs[0]!, {
      journeyId,
      kind: 'touchpoint',
      text: 'Livraison',
      cell: { phaseId: 'phase-b', channelId: 'channel-a' },
    });
    setEmotion(net.docs[0]!, { cardId: card, emotion: 1 });
    const curve = emotionCurve(toJourneyView(toSnapshot(net.docs[0]!), journeyId)!);
    expect(curve).toEqual([
      { phaseId: 'phase-a', value: null, min: null, max: null, count: 0 },
      { phaseId: 'phase-b', value: 1, min: 1, max: 1, count: 1 },
    ]);
  });
});
