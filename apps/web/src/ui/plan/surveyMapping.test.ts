import { parseCsv } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { guessMapping } from './surveyMapping';

describe('guessMapping', () => {
  it('maps French survey columns and guesses raw scales from the values', () => {
    const table = parseCsv(
      'Point de contact;Satisfaction (1-5);Recommandation (0-10);Effort;Commentaire\nLivraison;4;9;2;Rapide\nSAV;2;3;6;Long\n',
    );
    expect(guessMapping(table)).toEqual({
      touchpoint: { column: 0, by: 'text' },
      header: true,
      csat: { column: 1, scale: '1-5' },
      nps: { column: 2, scale: '0-10' },
      ces: { column: 3 },
      comment: { column: 4 },
    });
  });

  it('prefers an id column and reads computed scores as such', () => {
    const table = parseCsv('card_id,CSAT,NPS\nabc,82,-12\n');
    expect(guessMapping(table)).toEqual({
      touchpoint: { column: 0, by: 'id' },
      header: true,
      csat: { column: 1, scale: '0-100' },
      nps: { column: 2, scale: '-100-100' },
    });
  });

  it('gives up when no column names a touchpoint', () => {
    expect(guessMapping(parseCsv('a,b\n1,2\n'))).toBeNull();
  });
});
