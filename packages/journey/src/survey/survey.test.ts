import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, removeCard, updateCard } from '../commands/cards';
import { fromJson } from '../format/fromJson';
import { parseJourneyMap } from '../format/parseJourneyMap';
import { toJson } from '../format/toJson';
import { toJourneyView } from '../read/journeyView';
import { toSnapshot } from '../read/toSnapshot';
import { seedJourney } from '../testing/randomOps';
import { applySurvey, SurveyApplyError } from './applySurvey';
import { csatOf, npsOf, toNumber } from './metrics';
import { parseCsv } from './parseCsv';
import { phaseFigures } from './phaseFigures';
import { previewSurvey } from './previewSurvey';

function board() {
  const doc = new Y.Doc();
  const journeyId = seedJourney(doc);
  const web = { phaseId: 'phase-a', channelId: 'channel-a' };
  const shop = { phaseId: 'phase-b', channelId: 'channel-b' };
  const site = addCard(doc, { id: 'tp-site', journeyId, kind: 'touchpoint', text: 'Site web', cell: web });
  const delivery = addCard(doc, {
    id: 'tp-livraison',
    journeyId,
    kind: 'touchpoint',
    text: 'Livraison à domicile',
    cell: shop,
  });
  const till = addCard(doc, { id: 'tp-caisse', journeyId, kind: 'touchpoint', text: 'Caisse', cell: shop });
  addCard(doc, { id: 'tp-caisse-2', journeyId, kind: 'touchpoint', text: 'Hotline', cell: web });
  addCard(doc, { id: 'tp-caisse-3', journeyId, kind: 'touchpoint', text: 'hotline ', cell: shop });
  addCard(doc, { id: 'irr', journeyId, kind: 'irritant', text: 'Attente', cell: shop });
  updateCard(doc, { cardId: till, ces: 5 });
  return { doc, journeyId, site, delivery, till };
}

/** An export of raw answers, one respondent per row, as a French survey tool writes it (Windows-1252, `;`). */
const RAW_FR = [
  'Répondant;Point de contact;Satisfaction (1-5);Recommandation (0-10);Effort (1-7);Commentaire',
  '1;Site web;5;10;2;Très simple',
  '2;site Web;4;9;3;',
  '3;SITE WEB ;2;6;5;"Trop de pages; je me suis perdu"',
  '4;Livraison a domicile;5;8;1;Livreur très aimable',
  '5;Livraison à domicile;3;4;6;"Colis abîmé, 15 € de frais"',
  '6;Hotline;4;9;2;',
  '7;Click & collect;5;10;1;',
  '8;Site web;6;11;;Note impossible',
  '9;Livraison à domicile;4,0;;;',
].join('\r\n');

function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
}

describe('survey import', () => {
  it('computes NPS, CSAT and CES per touchpoint from raw answers and reports every row it cannot use', () => {
    const { doc, site, delivery } = board();
    const table = parseCsv(cp1252(RAW_FR));
    expect(table).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    const preview = previewSurvey(toSnapshot(doc), table, {
      touchpoint: { column: 1, by: 'text' },
      csat: { column: 2, scale: '1-5' },
      nps: { column: 3, scale: '0-10' },
      ces: { column: 4 },
      comment: { column: 5 },
    });
    expect(preview.rowCount).toBe(9);
    expect(preview.matchedRowCount).toBe(7);
    expect(preview.matches).toEqual([
      {
        cardId: site,
        text: 'Site web',
        lines: [2, 3, 4, 9],
        // 2 of 3 valid answers are 4-5; NPS: 2 promoters, 1 detractor of 3; line 9's values are out of range.
        csat: 66.7,
        nps: 33.3,
        ces: 3.3,
        responses: { csat: 3, nps: 3, ces: 3 },
        comments: ['Très simple', 'Trop de pages; je me suis perdu', 'Note impossible'],
      },
      {
        cardId: delivery,
        text: 'Livraison à domicile',
        lines: [5, 6, 10],
        csat: 66.7,
        nps: -50,
        ces: 3.5,
        responses: { csat: 3, nps: 2, ces: 2 },
        comments: ['Livreur très aimable', 'Colis abîmé, 15 € de frais'],
      },
    ]);
    expect(preview.issues.map(({ line, kind, value }) => ({ line, kind, value }))).toEqual([
      { line: 7, kind: 'ambiguous-text', value: 'Hotline' },
      { line: 8, kind: 'unknown-text', value: 'Click & collect' },
      { line: 9, kind: 'out-of-range', value: '6' },
      { line: 9, kind: 'out-of-range', value: '11' },
    ]);
    // Codes and parameters only, no sentence: the UI words them in its language.
    expect(preview.issues).toEqual([
      { line: 7, kind: 'ambiguous-text', value: 'Hotline', column: 1, count: 2 },
      { line: 8, kind: 'unknown-text', value: 'Click & collect', column: 1 },
      { line: 9, kind: 'out-of-range', value: '6', column: 2, metric: 'csat', min: 1, max: 5 },
      { line: 9, kind: 'out-of-range', value: '11', column: 3, metric: 'nps', min: 0, max: 10 },
    ]);

    applySurvey(doc, preview);
    const cards = toSnapshot(doc).cards;
    expect(cards[site]).toMatchObject({ csat: 66.7, nps: 33.3, ces: 3.3 });
    expect(cards[delivery]).toMatchObject({ csat: 66.7, nps: -50, ces: 3.5 });
    // The mapped comment column lands on the touchpoints, where the card panel and the table show it.
    expect(cards[site]!.feedback).toEqual(['Très simple', 'Trop de pages; je me suis perdu', 'Note impossible']);
    expect(cards[delivery]!.feedback).toEqual(['Livreur très aimable', 'Colis abîmé, 15 € de frais']);
    expect(cards['tp-caisse']!.feedback).toBeUndefined();
    expect(cards['tp-caisse']!.ces).toBe(5); // not in the survey: untouched
  });

  it('takes scores already computed, by card id, from a UTF-8 comma file, in one undoable update', () => {
    const { doc, site, till } = board();
    const csv = '\uFEFFcard_id,csat_pct,nps\r\ntp-site,82.5,41\r\ntp-caisse,"64,0",-12\r\nirr,90,10\r\nnope,50,0\r\n';
    const preview = previewSurvey(toSnapshot(doc), parseCsv(new TextEncoder().encode(csv)), {
      touchpoint: { column: 0, by: 'id' },
      csat: { column: 1, scale: '0-100' },
      nps: { column: 2, scale: '-100-100' },
    });
    expect(preview.issues.map((i) => [i.line, i.kind])).toEqual([
      [4, 'not-a-touchpoint'],
      [5, 'unknown-id'],
    ]);
    let updates = 0;
    doc.on('update', () => updates++);
    applySurvey(doc, preview);
    expect(updates).toBe(1);
    expect(toSnapshot(doc).cards[site]).toMatchObject({ csat: 82.5, nps: 41 });
    expect(toSnapshot(doc).cards[till]).toMatchObject({ csat: 64, nps: -12, ces: 5 });
  });

  it('writes nothing when a matched touchpoint was deleted meanwhile, or in strict mode with bad rows', () => {
    const { doc, site, delivery } = board();
    const csv = 'id;nps\ntp-site;9\ntp-livraison;3\ntp-livraison;abc\n';
    const mapping = { touchpoint: { column: 0, by: 'id' as const }, nps: { column: 1, scale: '0-10' as const } };
    const preview = previewSurvey(toSnapshot(doc), parseCsv(csv), mapping);
    expect(preview.issues).toMatchObject([{ line: 4, kind: 'not-a-number', column: 1 }]);
    expect(() => applySurvey(doc, preview, { strict: true })).toThrow(SurveyApplyError);
    removeCard(doc, { cardId: delivery });
    let error: unknown;
    try {
      applySurvey(doc, preview);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SurveyApplyError);
    expect((error as SurveyApplyError).problems).toEqual([{ kind: 'deleted', text: 'Livraison à domicile' }]);
    expect(toSnapshot(doc).cards[site]!.nps).toBeUndefined();
  });

  it('keeps the survey comments through a JSON export and import, and a new survey replaces them', () => {
    const { doc, site } = board();
    const mapping = { touchpoint: { column: 0, by: 'id' as const }, comment: { column: 1 } };
    applySurvey(doc, previewSurvey(toSnapshot(doc), parseCsv('id;avis\ntp-site;Rapide\ntp-site;Clair\n'), mapping));
    const file = toJson(doc);
    expect(file.journeys[0]!.cards.find((c) => c.id === site)!.feedback).toEqual(['Rapide', 'Clair']);
    expect(() => parseJourneyMap(JSON.parse(JSON.stringify(file)))).not.toThrow();
    const copy = fromJson(file);
    expect(toSnapshot(copy).cards[site]!.feedback).toEqual(['Rapide', 'Clair']);
    applySurvey(doc, previewSurvey(toSnapshot(doc), parseCsv('id;avis\ntp-site;Lent\n'), mapping));
    expect(toSnapshot(doc).cards[site]!.feedback).toEqual(['Lent']);
    // Without a comment column the figures change and the comments stay.
    const figuresOnly = { touchpoint: { column: 0, by: 'id' as const }, ces: { column: 1 } };
    applySurvey(doc, previewSurvey(toSnapshot(doc), parseCsv('id;ces\ntp-site;2\n'), figuresOnly));
    expect(toSnapshot(doc).cards[site]).toMatchObject({ ces: 2, feedback: ['Lent'] });
  });

  it('refuses a mapping that names no touchpoint column', () => {
    const { doc } = board();
    expect(() => previewSurvey(toSnapshot(doc), [], { touchpoint: { column: -1, by: 'id' } })).toThrow(
      /invalid mapping touchpoint.column/,
    );
  });
});

describe('survey metrics', () => {
  it('follows the usual definitions', () => {
    expect(npsOf([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(npsOf([10, 10, 10])).toBe(100);
    expect(npsOf([0, 3, 6, 7])).toBe(-75);
    expect(npsOf([])).toBeNull();
    expect(csatOf([5, 4, 3, 2])).toBe(50);
    expect(toNumber(' 4,5 ')).toBe(4.5);
    expect(toNumber('80 %')).toBe(80);
    expect(toNumber('1 234')).toBe(1234);
    expect(toNumber('quatre')).toBeNull();
    expect(toNumber('4.5.6')).toBeNull();
  });
});

describe('phaseFigures', () => {
  it('averages the survey figures of each phase’s touchpoints, in phase order', () => {
    const { doc, journeyId, site, delivery, till } = board();
    updateCard(doc, { cardId: site, csat: 80, nps: 20 });
    updateCard(doc, { cardId: delivery, csat: 60, nps: -10, ces: 3 });
    updateCard(doc, { cardId: till, csat: 71 });
    const figures = phaseFigures(toJourneyView(toSnapshot(doc), journeyId)!);
    expect(figures).toEqual([
      { phaseId: 'phase-a', csat: 80, nps: 20, ces: null, measured: 1 },
      { phaseId: 'phase-b', csat: 65.5, nps: -10, ces: 4, measured: 2 },
    ]);
  });
});
