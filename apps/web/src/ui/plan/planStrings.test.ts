import { addCard, parseCsv, previewSurvey, QUADRANT_LABELS, SurveyApplyError, toSnapshot } from '@parcours/journey';
import { seedJourney } from '@parcours/journey/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import en from '../../i18n/plan.en.json';
import fr from '../../i18n/plan.fr.json';
import { namespaceTranslator, stringKeys } from '../../testing/i18nStrings';
import { surveyApplyText, surveyIssueText } from './surveyMessages';

const translator = (lng: 'fr' | 'en') => namespaceTranslator('plan', { fr, en }, lng);

describe('plan strings', () => {
  it('has every French text in English and the reverse', () => {
    expect(stringKeys(en).sort()).toEqual(stringKeys(fr).sort());
  });

  it('names the quadrants on screen as the CSV export does, one term per language', () => {
    expect(fr.quadrant).toEqual(QUADRANT_LABELS.fr);
    expect(en.quadrant).toEqual(QUADRANT_LABELS.en);
  });

  it('words every survey issue in the UI language, with no English sentence from the model', async () => {
    const doc = new Y.Doc();
    const journeyId = seedJourney(doc);
    addCard(doc, {
      journeyId,
      kind: 'touchpoint',
      text: 'Site web',
      cell: { phaseId: 'phase-a', channelId: 'channel-a' },
    });
    const csv = 'Point de contact;CSAT;NPS\nSite web;4;9\nClick & collect;5;10\nSite web;6;abc\n;3;3\n';
    const preview = previewSurvey(toSnapshot(doc), parseCsv(csv), {
      touchpoint: { column: 0, by: 'text' },
      csat: { column: 1, scale: '1-5' },
      nps: { column: 2, scale: '0-10' },
    });
    const t = await translator('fr');
    expect(preview.issues.map((issue) => surveyIssueText(t, 'fr', issue))).toEqual([
      "Ligne 3 : aucun point de contact ne s'appelle « Click & collect »",
      "Ligne 4 : CSAT 6 hors de l'échelle 1 à 5",
      "Ligne 4 : NPS « abc » n'est pas un nombre",
      'Ligne 5 : aucun point de contact indiqué',
    ]);
    const tEn = await translator('en');
    expect(surveyIssueText(tEn, 'en', preview.issues[0]!)).toBe('Line 3: no touchpoint is called "Click & collect"');
  });

  it('says in French why a survey was not applied', async () => {
    const t = await translator('fr');
    const error = new SurveyApplyError([{ kind: 'deleted', text: 'Caisse' }]);
    expect(surveyApplyText(t, error.problems)).toBe(
      "Rien n'a été reporté : le point de contact « Caisse » a été supprimé entre-temps.",
    );
  });
});
