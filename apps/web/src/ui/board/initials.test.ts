import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first and last words’ first letters, leaving out bracketed notes and symbols', () => {
    expect(initials('Camille (CX)')).toBe('C');
    expect(initials('Camille Martin (CX)')).toBe('CM');
    expect(initials('Jean-Pierre de la Tour')).toBe('JT');
    expect(initials('élodie')).toBe('É');
    expect(initials('« Alex » Dupont')).toBe('AD');
    expect(initials('(CX)')).toBe('C');
    expect(initials('  ')).toBe('?');
    expect(initials('🙂')).toBe('?');
  });
});
