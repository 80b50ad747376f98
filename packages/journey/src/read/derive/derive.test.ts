import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, updateAction } from '../../commands/actions';
import { addCard, updateCard } from '../../commands/cards';
import { addChannel } from '../../commands/channels';
import { rateEmotion, setEmotion } from '../../commands/emotions';
import { addJourney } from '../../commands/journeys';
import { addPhase, setKpi } from '../../commands/phases';
import { vote } from '../../commands/votes';
import { toJourneyView } from '../journeyView';
import { toSnapshot } from '../toSnapshot';
import { emotionCurve, touchpointEmotion } from './emotionCurve';
import { irritantCounts, keyMoments, voteCount } from './irritants';
import { kpiGaps } from './kpiGaps';
import { quadrantOf, quickWins, rankActions } from './quickWins';

function journey() {
  const doc = new Y.Doc();
  const journeyId = addJourney(doc, { title: 'Achat' });
  const search = addPhase(doc, { journeyId, name: 'Recherche' });
  const buy = addPhase(doc, { journeyId, name: 'Achat' });
  const after = addPhase(doc, { journeyId, name: 'SAV' });
  const web = addChannel(doc, { journeyId, name: 'Web' });
  const phone = addChannel(doc, { journeyId, name: 'Téléphone' });
  const view = () => toJourneyView(toSnapshot(doc), journeyId)!;
  return { doc, journeyId, search, buy, after, web, phone, view };
}

describe('derived figures', () => {
  it('draws the emotion curve from ratings, else the facilitator value, with the spread', () => {
    const { doc, journeyId, search, buy, web, phone, view } = journey();
    const a = addCard(doc, { journeyId, kind: 'touchpoint', cell: { phaseId: search, channelId: web } });
    const b = addCard(doc, { journeyId, kind: 'touchpoint', cell: { phaseId: search, channelId: phone } });
    const c = addCard(doc, { journeyId, kind: 'touchpoint', cell: { phaseId: buy, channelId: web } });
    addCard(doc, { journeyId, kind: 'irritant', emotion: -2, cell: { phaseId: buy, channelId: web } });
    rateEmotion(doc, { cardId: a, participantId: 'u1', emotion: 2 });
    rateEmotion(doc, { cardId: a, participantId: 'u2', emotion: -1 });
    setEmotion(doc, { cardId: a, emotion: -2 });
    setEmotion(doc, { cardId: b, emotion: 1 });
    setEmotion(doc, { cardId: c, emotion: -1 });
    const snap = toSnapshot(doc);
    expect(touchpointEmotion(snap.cards[a]!)).toBe(0.5);
    const curve = emotionCurve(view());
    expect(curve.map((p) => p.value)).toEqual([0.75, -1, null]);
    expect(curve[0]).toMatchObject({ min: -1, max: 2, count: 2 });
    expect(curve[2]).toMatchObject({ min: null, max: null, count: 0 });
  });

  it('counts irritants per phase and channel, lists key moments in reading order and counts dots', () => {
    const { doc, journeyId, search, buy, after, web, phone, view } = journey();
    addCard(doc, { journeyId, kind: 'irritant', cell: { phaseId: buy, channelId: phone } });
    addCard(doc, { journeyId, kind: 'irritant', cell: { phaseId: buy, channelId: web } });
    addCard(doc, { journeyId, kind: 'irritant' });
    const late = addCard(doc, {
      journeyId,
      kind: 'touchpoint',
      keyMoment: true,
      cell: { phaseId: buy, channelId: web },
    });
    const early = addCard(doc, { journeyId, kind: 'touchpoint', cell: { phaseId: search, channelId: phone } });
    updateCard(doc, { cardId: early, keyMoment: true });
    vote(doc, { cardId: late, participantId: 'u1' });
    vote(doc, { cardId: late, participantId: 'u1' });
    vote(doc, { cardId: late, participantId: 'u2' });
    const counts = irritantCounts(view());
    expect(counts.byPhase).toEqual({ [search]: 0, [buy]: 2, [after]: 0 });
    expect(counts.byChannel).toEqual({ [web]: 1, [phone]: 1 });
    expect(counts.total).toBe(3);
    expect(keyMoments(view()).map((c) => c.id)).toEqual([early, late]);
    expect(voteCount(toSnapshot(doc).cards[late]!)).toBe(3);
  });

  it('ranks quick wins (impact >= 4, effort <= 2) by impact/effort and leaves done ones out', () => {
    const { doc, journeyId } = journey();
    const a = addAction(doc, { journeyId, title: 'FAQ livraison', impact: 4, effort: 2 });
    const b = addAction(doc, { journeyId, title: 'Rappel SMS', impact: 5, effort: 1 });
    const c = addAction(doc, { journeyId, title: 'Refonte du site', impact: 5, effort: 5 });
    const d = addAction(doc, { journeyId, title: 'Chat', impact: 4, effort: 1 });
    const e = addAction(doc, { journeyId, title: 'Déjà fait', impact: 5, effort: 1 });
    updateAction(doc, { actionId: e, status: 'done' });
    const actions = Object.values(toSnapshot(doc).actions);
    expect(quickWins(actions).map((x) => x.id)).toEqual([b, d, a]);
    expect(quadrantOf({ impact: 5, effort: 5 })).toBe('major-project');
    expect(quadrantOf({ impact: 2, effort: 1 })).toBe('fill-in');
    expect(quadrantOf({ impact: 2, effort: 4 })).toBe('thankless');
    expect(rankActions(actions).at(-1)!.id).toBe(c);
  });

  it('measures KPI gaps, lower being better for a bounce rate', () => {
    const { doc, search, buy, view } = journey();
    setKpi(doc, { phaseId: search, name: 'Taux de rebond', value: 55, target: 40, unit: '%' });
    setKpi(doc, { phaseId: buy, name: 'Conversion', value: 3.2, target: 3, unit: '%' });
    setKpi(doc, { phaseId: buy, name: 'CSAT' });
    const gaps = kpiGaps(view());
    expect(gaps.map((g) => [g.kpi.name, g.gap, g.met])).toEqual([
      ['Taux de rebond', -15, false],
      ['Conversion', expect.closeTo(0.2, 5), true],
    ]);
  });
});
