import { describe, expect, it } from 'vitest';
import { copyTitle } from './copyTitle';

const toBe = (title: string) => `${title} (cible)`;

describe('copyTitle', () => {
  it('adds the to-be mark once, even on a copy of a copy, and numbers a title already taken', () => {
    expect(copyTitle('Achat en ligne', toBe, ['Achat en ligne'])).toBe('Achat en ligne (cible)');
    expect(copyTitle('Achat en ligne (cible)', toBe, ['Achat en ligne', 'Achat en ligne (cible)'])).toBe(
      'Achat en ligne (cible) 2',
    );
    expect(copyTitle('Achat en ligne (cible) 2', toBe, ['Achat en ligne (cible)', 'Achat en ligne (cible) 2'])).toBe(
      'Achat en ligne (cible) 3',
    );
    expect(copyTitle('Parcours 2', toBe, ['Parcours 2'])).toBe('Parcours 2 (cible)');
  });
});
