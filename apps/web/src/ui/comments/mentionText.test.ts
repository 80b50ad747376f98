import { describe, expect, it } from 'vitest';
import { fromBody, mentionQuery, toBody } from './mentionText';

describe('mention text', () => {
  const anne = { id: 'p1', name: 'Anne' };
  const anneMarie = { id: 'p2', name: 'Anne-Marie' };

  it('turns picked @names into mentions, longest first, and leaves other @ as text', () => {
    expect(toBody('Vu @Anne-Marie et @Anne, cf. a@b.fr @Zoé', [anne, anneMarie])).toEqual([
      'Vu ',
      { mention: 'p2', name: 'Anne-Marie' },
      ' et ',
      { mention: 'p1', name: 'Anne' },
      ', cf. a@b.fr @Zoé',
    ]);
    expect(fromBody(toBody('@Anne ok', [anne]))).toEqual({ text: '@Anne ok', picked: [anne] });
  });

  it('finds the @query before the caret, not in an e-mail address nor across lines', () => {
    expect(mentionQuery('Bonjour @An', 11)).toEqual({ start: 8, query: 'An' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('a@b', 3)).toBeNull();
    expect(mentionQuery('@An\nx', 5)).toBeNull();
    expect(mentionQuery('@ x', 3)).toBeNull();
  });
});
