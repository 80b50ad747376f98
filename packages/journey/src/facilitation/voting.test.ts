import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../commands/cards';
import { addJourney, removeJourney } from '../commands/journeys';
import { unvote, vote } from '../commands/votes';
import { toSnapshot } from '../read/toSnapshot';
import { seedJourney } from '../testing/randomOps';
import { SyncedDocs } from '../testing/syncedDocs';
import { castVote, closeVote, countedVotes, dotsCleared, dotsLeft, openVote, uncastVote, voteResults } from './voting';

function workshop() {
  const doc = new Y.Doc();
  const journeyId = seedJourney(doc);
  const cell = { phaseId: 'phase-a', channelId: 'channel-a' };
  const slow = addCard(doc, { id: 'i-slow', journeyId, kind: 'irritant', text: 'Livraison lente', cell });
  const price = addCard(doc, { id: 'i-price', journeyId, kind: 'irritant', text: 'Frais cachés', cell });
  const form = addCard(doc, { id: 'i-form', journeyId, kind: 'irritant', text: 'Formulaire trop long', cell });
  const site = addCard(doc, { id: 't-site', journeyId, kind: 'touchpoint', text: 'Site web', cell });
  return { doc, journeyId, slow, price, form, site };
}

describe('dot voting session', () => {
  it('refuses dots outside an open vote, on other kinds and beyond the allowance; uncastVote gives one back while open', () => {
    const { doc, slow, price, site } = workshop();
    expect(castVote(doc, { cardId: slow, participantId: 'ana' })).toMatchObject({ ok: false, reason: 'no-vote-open' });
    openVote(doc, { dotsPerParticipant: 3, kinds: ['irritant'] });
    expect(castVote(doc, { cardId: site, participantId: 'ana' })).toMatchObject({
      ok: false,
      reason: 'card-not-in-vote',
    });
    expect(castVote(doc, { cardId: 'gone', participantId: 'ana' })).toMatchObject({
      ok: false,
      reason: 'card-not-found',
    });
    expect(castVote(doc, { cardId: slow, participantId: 'ana' }).ok).toBe(true);
    expect(castVote(doc, { cardId: slow, participantId: 'ana' }).ok).toBe(true);
    expect(castVote(doc, { cardId: price, participantId: 'ana' }).ok).toBe(true);
    expect(dotsLeft(toSnapshot(doc), 'ana')).toBe(0);
    const refused = castVote(doc, { cardId: price, participantId: 'ana' });
    expect(refused).toEqual({ ok: false, reason: 'no-dots-left', message: 'No dots left' });
    expect(toSnapshot(doc).cards[price]!.votes).toEqual({ ana: 1 });
    expect(uncastVote(doc, { cardId: slow, participantId: 'ana' }).ok).toBe(true);
    expect(dotsLeft(toSnapshot(doc), 'ana')).toBe(1);
    expect(uncastVote(doc, { cardId: site, participantId: 'ana' })).toMatchObject({ reason: 'card-not-in-vote' });
    expect(dotsLeft(toSnapshot(doc), 'ben')).toBe(3);
    closeVote(doc);
    expect(uncastVote(doc, { cardId: price, participantId: 'ana' })).toMatchObject({ reason: 'no-vote-open' });
    expect(toSnapshot(doc).cards[price]!.votes).toEqual({ ana: 1 });
  });

  it('hides results until the vote closes, then ranks cards by dots with shared ranks', () => {
    const { doc, slow, price, form } = workshop();
    openVote(doc, { dotsPerParticipant: 2, kinds: ['irritant'] });
    castVote(doc, { cardId: slow, participantId: 'ana' });
    castVote(doc, { cardId: slow, participantId: 'ben' });
    castVote(doc, { cardId: price, participantId: 'ana' });
    castVote(doc, { cardId: form, participantId: 'ben' });
    expect(voteResults(toSnapshot(doc))).toBeNull();
    closeVote(doc);
    expect(castVote(doc, { cardId: slow, participantId: 'eve' })).toMatchObject({ ok: false, reason: 'no-vote-open' });
    expect(voteResults(toSnapshot(doc))).toEqual([
      { cardId: slow, dots: 2, rank: 1, voters: 2 },
      { cardId: form, dots: 1, rank: 2, voters: 1 },
      { cardId: price, dots: 1, rank: 2, voters: 1 },
    ]);
    expect(dotsLeft(toSnapshot(doc), 'eve')).toBe(0);
  });

  it('does not count dots on a card added to a journey that a peer deleted at the same time', () => {
    const net = new SyncedDocs(2);
    const journeyId = seedJourney(net.docs[0]!);
    const other = addJourney(net.docs[0]!, { title: 'SAV' });
    const kept = addCard(net.docs[0]!, { journeyId, kind: 'irritant', text: 'Livraison lente' });
    openVote(net.docs[0]!, { dotsPerParticipant: 1, kinds: ['irritant'] });
    net.syncAll();
    const orphan = addCard(net.docs[0]!, { journeyId: other, kind: 'irritant', text: 'Hotline injoignable' });
    expect(castVote(net.docs[0]!, { cardId: orphan, participantId: 'ana' }).ok).toBe(true);
    removeJourney(net.docs[1]!, { journeyId: other });
    net.syncAll();
    // The orphan card is still in the doc but in no snapshot: its dot is neither shown nor spent.
    expect(toSnapshot(net.docs[0]!).cards[orphan]).toBeUndefined();
    expect(dotsLeft(toSnapshot(net.docs[0]!), 'ana')).toBe(1);
    expect(castVote(net.docs[0]!, { cardId: kept, participantId: 'ana' }).ok).toBe(true);
  });

  it('limits the vote to one journey and can start a fresh round', () => {
    const { doc, slow } = workshop();
    const other = addJourney(doc, { title: 'SAV' });
    const elsewhere = addCard(doc, { journeyId: other, kind: 'irritant', text: 'Hotline injoignable' });
    vote(doc, { cardId: slow, participantId: 'ana' }); // from an earlier round
    // What a new round would wipe, so the facilitator is asked first.
    expect(dotsCleared(toSnapshot(doc), { kinds: ['irritant'], journeyId: other })).toBe(0);
    expect(dotsCleared(toSnapshot(doc), { kinds: ['irritant'] })).toBe(1);
    expect(dotsCleared(toSnapshot(doc), { kinds: ['touchpoint'] })).toBe(0);
    openVote(doc, { dotsPerParticipant: 1, kinds: ['irritant'], journeyId: other, reset: true });
    expect(toSnapshot(doc).cards[slow]!.votes).toEqual({ ana: 1 }); // not in this vote: kept
    expect(castVote(doc, { cardId: slow, participantId: 'ana' })).toMatchObject({ reason: 'card-not-in-vote' });
    expect(castVote(doc, { cardId: elsewhere, participantId: 'ana' }).ok).toBe(true);
    openVote(doc, { dotsPerParticipant: 1, kinds: ['irritant'], reset: true });
    const snap = toSnapshot(doc);
    expect(snap.cards[slow]!.votes).toEqual({});
    expect(snap.cards[elsewhere]!.votes).toEqual({});
  });

  it('counts at most the allowance when one participant voted from two devices offline', () => {
    const net = new SyncedDocs(2);
    const journeyId = seedJourney(net.docs[0]!);
    const a = addCard(net.docs[0]!, { id: 'card-a', journeyId, kind: 'irritant', text: 'A' });
    const b = addCard(net.docs[0]!, { id: 'card-b', journeyId, kind: 'irritant', text: 'B' });
    openVote(net.docs[0]!, { dotsPerParticipant: 1, kinds: ['irritant'] });
    net.syncAll();
    expect(castVote(net.docs[0]!, { cardId: b, participantId: 'ana' }).ok).toBe(true);
    expect(castVote(net.docs[1]!, { cardId: a, participantId: 'ana' }).ok).toBe(true);
    net.syncAll();
    closeVote(net.docs[0]!);
    net.syncAll();
    // Both dots are in the doc; the one on the first card by id counts, on every peer.
    for (const doc of net.docs) {
      expect(voteResults(toSnapshot(doc))).toEqual([
        { cardId: a, dots: 1, rank: 1, voters: 1 },
        { cardId: b, dots: 0, rank: 2, voters: 0 },
      ]);
    }
  });

  it('never counts more dots than allowed, whatever the interleavings and deliveries', () => {
    // ana votes from device 0, ben from device 1, chloé from devices 2 and 3 (a laptop and a phone).
    const devicesOf: Record<string, number[]> = { ana: [0], ben: [1], chloé: [2, 3] };
    const participants = Object.keys(devicesOf);
    const action = fc.record({
      participant: fc.nat({ max: 2 }),
      second: fc.boolean(),
      card: fc.nat({ max: 3 }),
      undo: fc.boolean(),
      deliver: fc.option(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 })), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(action, { maxLength: 30 }), (dots, actions) => {
        const net = new SyncedDocs(4);
        const journeyId = seedJourney(net.docs[0]!);
        const cards = ['w', 'x', 'y', 'z'].map((id) =>
          addCard(net.docs[0]!, { id, journeyId, kind: 'irritant', text: id }),
        );
        openVote(net.docs[0]!, { dotsPerParticipant: dots, kinds: ['irritant'] });
        net.syncAll();
        for (const a of actions) {
          const participantId = participants[a.participant]!;
          const devices = devicesOf[participantId]!;
          const doc = net.docs[devices[a.second ? devices.length - 1 : 0]!]!;
          const input = { cardId: cards[a.card]!, participantId };
          if (a.undo) unvote(doc, input);
          else castVote(doc, input);
          if (a.deliver && a.deliver[0] !== a.deliver[1]) net.deliver(a.deliver[0], a.deliver[1]);
        }
        net.syncAll();
        closeVote(net.docs[0]!);
        net.syncAll();
        const snaps = net.docs.map((doc) => toSnapshot(doc));
        for (const snap of snaps) expect(voteResults(snap)).toEqual(voteResults(snaps[0]!));
        const counted = countedVotes(snaps[0]!);
        for (const p of participants) {
          const raw = Object.values(snaps[0]!.cards).reduce((n, c) => n + (c.votes[p] ?? 0), 0);
          let kept = 0;
          for (const perCard of counted.values()) kept += perCard.get(p) ?? 0;
          // One device per participant: castVote alone keeps them within their dots.
          if (devicesOf[p]!.length === 1) expect(raw).toBeLessThanOrEqual(dots);
          // Whatever was cast counts, up to the allowance.
          expect(kept).toBe(Math.min(raw, dots));
        }
      }),
      { numRuns: 40 },
    );
  });
});
